# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "for_else_with_break": "",
    "for_else_without_break": "",
    "while_else_countdown": "",
    "loop_variable_after_loop": "",
    "reassign_loop_variable": "",
    "remove_while_iterating": "",
    "chained_comparisons": "",
    "continue_in_try_finally": "",
}
