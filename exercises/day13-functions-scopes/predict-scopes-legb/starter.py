# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "augmented_assignment": "",
    "read_before_assign": "",
    "global_statement": "",
    "enclosing_without_nonlocal": "",
    "builtins_are_looked_up_last": "",
    "class_body_is_not_enclosing": "",
    "frames_know_their_caller": "",
    "local_names_at_compile_time": "",
}
