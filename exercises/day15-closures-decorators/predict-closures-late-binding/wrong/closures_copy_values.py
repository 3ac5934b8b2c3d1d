ANSWERS = {
    'lambdas_in_a_loop': '[0, 1, 2]',
    'default_captures_the_value': '[0, 1, 2]\n10',
    'closure_sees_later_assignment': "1 ('x',) 1",
    'nonlocal_counter': '1 2 1 3',
    'counter_without_nonlocal': '1',
    'decorator_runs_at_definition': 'decorating work\ndefined\nworking\nworking',
    'stacked_decorators': '<b><i>hi</i></b>',
    'wrapper_without_wraps': 'wrapper None\nwave Wave. wave',
}
