ANSWERS = {
    'code_constants': '(1,)\n0 f code',
    'mro_diamond': "['D', 'B', 'A', 'C', 'object']\n['X', 'A', 'B', 'object']",
    'class_vs_instance_attributes': '1 1 0\n[1, 2] True',
    'strings_are_immutable': 'hello world | hello\nTrue a-ba-b',
    'generator_throw': '1\nhandled\nfinally\nend',
    'dict_changed_during_iteration': "dictionary changed size during iteration\n3 ['a', 'b', 'aa']",
    'float_facts': 'False 2 4 True',
}
