ANSWERS = {
    'augmented_assignment': '11',
    'read_before_assign': 'global\nglobal',
    'global_statement': '11 12 12',
    'enclosing_without_nonlocal': 'inner outer',
    'builtins_are_looked_up_last': '3\n42\n3',
    'class_body_is_not_enclosing': "[0, 1, 2]\nNameError: name 'factor' is not defined",
    'frames_know_their_caller': "('inner', 'outer', {'secret': 1})",
    'local_names_at_compile_time': "2 1 ('a', 'b', 'key', 'rest', 'total')",
}
