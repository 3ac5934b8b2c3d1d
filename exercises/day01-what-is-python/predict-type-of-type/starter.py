# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "type_of_int": "",
    "type_of_type_of_int": "",
    "isinstance_type": "",
    "type_of_none": "",
}
