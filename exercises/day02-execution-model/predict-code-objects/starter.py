# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "consts_of_return_one": "",
    "constant_folding": "",
    "varnames_order": "",
    "local_decided_at_compile_time": "",
    "bytecode_of_add": "",
    "nested_code_objects": "",
}
