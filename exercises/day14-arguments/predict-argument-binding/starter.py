# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "default_is_the_same_object": "",
    "default_accumulates": "",
    "default_evaluated_at_def": "",
    "positional_only_by_keyword": "",
    "positional_only_frees_the_name": "",
    "keyword_only_by_position": "",
    "args_and_kwargs_types": "",
    "multiple_values": "",
}
