ANSWERS = {
    'default_is_the_same_object': 'True False True',
    'default_accumulates': '[1, 2, 3]\n[4]\n([1, 2, 3],)',
    'default_evaluated_at_def': 'False',
    'positional_only_by_keyword': '6 30\n6',
    'positional_only_frees_the_name': "TypeError: tag() got multiple values for argument 'name'",
    'keyword_only_by_position': 'a:8080\na:8080',
    'args_and_kwargs_types': "1 [2, 3] 5 {'x': 4, 'y': 6}\nlist dict",
    'multiple_values': "(1, 2)\nTypeError: move() got multiple values for argument 'x'",
}
