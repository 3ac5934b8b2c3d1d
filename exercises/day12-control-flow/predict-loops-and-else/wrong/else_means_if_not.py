ANSWERS = {
    'for_else_with_break': 'found 8\nno even number\ndone',
    'for_else_without_break': 'no even number',
    'while_else_countdown': 'end 2',
    'loop_variable_after_loop': "2\nNameError: name 'j' is not defined",
    'reassign_loop_variable': '0 1 2 \n10',
    'remove_while_iterating': '[1, 3, 2]',
    'chained_comparisons': 'True True False\nTrue\nTrue',
    'continue_in_try_finally': 'body 0\nfinally 0\nfinally 1\nbody 2\nfinally 2',
}
