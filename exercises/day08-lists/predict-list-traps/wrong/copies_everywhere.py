ANSWERS = {
    "multiplied_inner_list": "[[100], [1], [1]]\n[[1], [2]]",
    "remove_while_iterating": "[1, 3, 2]",
    "plus_equals_vs_plus": "[1, 2, 3, 4, 5] | [1, 2, 3] | [1, 2, 3, 4]",
    "shallow_vs_deep": "[[1], [2]]\n[[1], [2]]",
    "over_allocation": "[4, 8, 16, 24]\n20",
    "grid_plus_equals": "[[0, 0, 1], [0, 0, 2]] [0, 0]",
    "sort_returns_none": "None [1, 2, 3] [3, 2, 1] [1, 2, 3]",
}
