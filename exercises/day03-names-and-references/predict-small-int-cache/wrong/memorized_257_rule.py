ANSWERS = {
    "cached_256": "True True",
    "computed_257": "True False",
    "same_constant_in_one_snippet": "False",
    "folded_constant": "True False",
    "function_constant_vs_runtime": "False False True",
    "negative_cache": "True False",
}
