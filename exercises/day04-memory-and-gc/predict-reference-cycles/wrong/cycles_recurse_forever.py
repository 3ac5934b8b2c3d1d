ANSWERS = {
    "list_contains_itself": "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
    "comparing_cycles": "RecursionError: maximum recursion depth exceeded in comparison",
    "del_timing": "del a\nafter a\nafter b\ndel b\ncollected True\nend",
    "refcount_delta": "3\n1",
    "dict_and_tuple_cycles": "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
    "weakref_dies": "True\nNone",
}
