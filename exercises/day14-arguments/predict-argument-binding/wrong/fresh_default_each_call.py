ANSWERS = {
    'default_is_the_same_object': 'False False True',
    'default_accumulates': '[3]\n[4]\n([],)',
    'default_evaluated_at_def': 'True',
    'positional_only_by_keyword': "6 30\nTypeError: scale() got some positional-only arguments passed as keyword arguments: 'value'",
    'positional_only_frees_the_name': "('img', {'name': 'logo', 'size': 3})",
    'keyword_only_by_position': 'a:8080\nTypeError: connect() takes 1 positional argument but 2 were given',
    'args_and_kwargs_types': "1 (2, 3) 5 {'x': 4, 'y': 6}\ntuple dict",
    'multiple_values': "(1, 2)\nTypeError: move() got multiple values for argument 'x'",
}
