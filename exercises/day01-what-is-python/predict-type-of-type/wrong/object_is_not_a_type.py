ANSWERS = {
    "type_of_int": "<class 'type'>",
    "type_of_type_of_int": "<class 'type'>",
    "isinstance_type": "True True False",
    "type_of_none": "<class 'NoneType'>\nTrue",
}
