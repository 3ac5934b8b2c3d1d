# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "list_contains_itself": "",
    "comparing_cycles": "",
    "del_timing": "",
    "refcount_delta": "",
    "dict_and_tuple_cycles": "",
    "weakref_dies": "",
}
