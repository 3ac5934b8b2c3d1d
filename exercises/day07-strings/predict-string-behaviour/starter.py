# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "interning_and_folding": "",
    "plus_equals_new_object": "",
    "no_item_assignment": "",
    "code_points_vs_bytes": "",
    "slicing_never_fails": "",
    "case_mapping": "",
}
