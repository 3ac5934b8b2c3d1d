ANSWERS = {
    'finally_overrides_return': 'finally',
    'finally_swallows_exception': 'quiet',
    'return_value_then_finally': 'None',
    'except_name_deleted': "caught: division by zero\nNameError: name 'e' is not defined",
    'else_and_finally_order': 'try\nelse\nfinally\n5.0\ntry\nexcept\nfailed',
    'first_matching_except': "LookupError KeyError 'missing'\nTrue False\nFalse",
    'explicit_chaining': 'ValueError True\nTrue',
}
