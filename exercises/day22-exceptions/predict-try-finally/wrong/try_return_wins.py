ANSWERS = {
    'finally_overrides_return': 'try',
    'finally_swallows_exception': 'ValueError: lost',
    'return_value_then_finally': '[1, 2]',
    'except_name_deleted': "caught: division by zero\nNameError: name 'e' is not defined",
    'else_and_finally_order': 'try\nelse\nfinally\n5.0\ntry\nexcept\nfinally\nfailed',
    'first_matching_except': "LookupError KeyError 'missing'\nTrue False\nFalse",
    'explicit_chaining': 'ValueError True\nTrue',
}
