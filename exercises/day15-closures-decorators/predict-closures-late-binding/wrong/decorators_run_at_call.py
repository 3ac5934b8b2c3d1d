ANSWERS = {
    'lambdas_in_a_loop': '[2, 2, 2]',
    'default_captures_the_value': '[0, 1, 2]\n10',
    'closure_sees_later_assignment': "2 ('x',) 2",
    'nonlocal_counter': '1 2 1 3',
    'counter_without_nonlocal': "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value",
    'decorator_runs_at_definition': 'defined\ndecorating work\nworking\ndecorating work\nworking',
    'stacked_decorators': '<i><b>hi</b></i>',
    'wrapper_without_wraps': 'greet Say hi.\nwave Wave. wave',
}
