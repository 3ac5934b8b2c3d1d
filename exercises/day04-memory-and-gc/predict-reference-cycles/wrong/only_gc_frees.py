ANSWERS = {
    "list_contains_itself": "[[...]]\nTrue 1",
    "comparing_cycles": "True\nRecursionError: maximum recursion depth exceeded in comparison",
    "del_timing": "after a\nafter b\ndel a\ndel b\ncollected True\nend",
    "refcount_delta": "3\n3",
    "dict_and_tuple_cycles": "{'self': {...}}\n([(...)],)",
    "weakref_dies": "True\n<__main__.Box object>",
}
