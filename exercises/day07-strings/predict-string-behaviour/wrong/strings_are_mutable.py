ANSWERS = {
    "interning_and_folding": "True True\nTrue False\nTrue",
    "plus_equals_new_object": "hello world | hello world | True",
    "no_item_assignment": "HELLO HELLO",
    "code_points_vs_bytes": "4 5 8\nFalse 5\nTrue",
    "slicing_never_fails": "bcd fedcba  ef ace\nabCdef abCdef",
    "case_mapping": "SS 2 ss",
}
