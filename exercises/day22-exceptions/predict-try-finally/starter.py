# Replace each empty string with exactly what the snippet prints (use \n between lines).
ANSWERS = {
    "finally_overrides_return": "",
    "finally_swallows_exception": "",
    "return_value_then_finally": "",
    "except_name_deleted": "",
    "else_and_finally_order": "",
    "first_matching_except": "",
    "explicit_chaining": "",
}
