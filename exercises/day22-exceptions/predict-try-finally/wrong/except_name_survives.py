ANSWERS = {
    'finally_overrides_return': 'finally',
    'finally_swallows_exception': 'quiet',
    'return_value_then_finally': '[1, 2]',
    'except_name_deleted': 'caught: division by zero\nbefore',
    'else_and_finally_order': 'try\nelse\nfinally\n5.0\ntry\nexcept\nfinally\nfailed',
    'first_matching_except': 'KeyError\nTrue False\nTrue',
    'explicit_chaining': 'ValueError True\nTrue',
}
