ANSWERS = {
    "consts_of_return_one": "(1,)",
    "constant_folding": "(None, 60, 24)\n('Say hi.', 'hi', '!')",
    "varnames_order": "2 1\n('a', 'b', 'c', 'args', 'kw', 'd')",
    "local_decided_at_compile_time": "before\nUnboundLocalError: cannot access local variable 'count' where it is not associated with a value",
    "bytecode_of_add": "['RESUME', 'LOAD_FAST', 'LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE']",
    "nested_code_objects": "2 code\nFalse False",
}
