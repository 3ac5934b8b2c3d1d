ANSWERS = {
    "consts_of_return_one": "(None, 1)",
    "constant_folding": "(None, 86400)\n('Say hi.', 'hi!')",
    "varnames_order": "2 1\n('a', 'b', 'args', 'c', 'kw', 'd')",
    "local_decided_at_compile_time": "before\n1",
    "bytecode_of_add": "['LOAD_FAST', 'LOAD_FAST', 'BINARY_ADD', 'RETURN_VALUE']",
    "nested_code_objects": "2 code\nFalse True",
}
