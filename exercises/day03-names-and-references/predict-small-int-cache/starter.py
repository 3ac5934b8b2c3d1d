# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "cached_256": "",
    "computed_257": "",
    "same_constant_in_one_snippet": "",
    "folded_constant": "",
    "function_constant_vs_runtime": "",
    "negative_cache": "",
}
