ANSWERS = {
    "multiplied_inner_list": "[[100], [100], [100]]\n[[1], [2]]",
    "remove_while_iterating": "[1, 3]",
    "plus_equals_vs_plus": "[1, 2, 3, 4, 5] | [1, 2, 3, 4] | [1, 2, 3, 4]",
    "shallow_vs_deep": "[[1, 9], [2]]\n[[1], [2]]",
    "over_allocation": "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]\n20",
    "grid_plus_equals": "[[0, 0, 1], [0, 0, 2]] [0, 0, 2]",
    "sort_returns_none": "[1, 2, 3] [1, 2, 3] [3, 2, 1] [1, 2, 3]",
}
