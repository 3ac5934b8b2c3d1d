ANSWERS = {
    "type_of_int": "int",
    "type_of_type_of_int": "str",
    "isinstance_type": "True True True",
    "type_of_none": "<class 'NoneType'>\nTrue",
}
