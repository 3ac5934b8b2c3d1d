ANSWERS = {
    'augmented_assignment': "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value",
    'read_before_assign': 'UnboundLocalError True\nglobal',
    'global_statement': '11 12 12',
    'enclosing_without_nonlocal': 'inner inner',
    'builtins_are_looked_up_last': '3\n3\n3',
    'class_body_is_not_enclosing': '[0, 1, 2]\n[0, 3]',
    'frames_know_their_caller': "('inner', 'outer', {'secret': 1})",
    'local_names_at_compile_time': "2 1 ('a', 'b', 'key', 'rest', 'total')",
}
