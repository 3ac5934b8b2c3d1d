ANSWERS = {
    'for_else_with_break': 'found 8\ndone',
    'for_else_without_break': 'no even number\nempty loop, else too',
    'while_else_countdown': 'else runs, i = 0\nend 2',
    'loop_variable_after_loop': "NameError: name 'i' is not defined",
    'reassign_loop_variable': '0\n11',
    'remove_while_iterating': '[1, 3]',
    'chained_comparisons': 'True True False\nTrue\nTrue',
    'continue_in_try_finally': 'body 0\nfinally 0\nfinally 1\nbody 2\nfinally 2',
}
