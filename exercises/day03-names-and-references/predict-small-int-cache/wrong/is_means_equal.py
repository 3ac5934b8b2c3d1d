ANSWERS = {
    "cached_256": "True True",
    "computed_257": "True True",
    "same_constant_in_one_snippet": "True",
    "folded_constant": "True True",
    "function_constant_vs_runtime": "True True True",
    "negative_cache": "True True",
}
