# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "multiplied_inner_list": "",
    "remove_while_iterating": "",
    "plus_equals_vs_plus": "",
    "shallow_vs_deep": "",
    "over_allocation": "",
    "grid_plus_equals": "",
    "sort_returns_none": "",
}
