ANSWERS = {
    "interning_and_folding": "True True\nTrue False\nTrue",
    "plus_equals_new_object": "hello | hello world | False",
    "no_item_assignment": "HELLO hello\nTypeError: 'str' object does not support item assignment",
    "code_points_vs_bytes": "4 4 4\nTrue 4\nTrue",
    "slicing_never_fails": "bcd fedcba  ef ace\nabCdef abcdef",
    "case_mapping": "ß 1 ß",
}
