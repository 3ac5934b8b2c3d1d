ANSWERS = {
    'code_constants': '(None, 1)\n0 f code',
    'mro_diamond': "['D', 'B', 'C', 'A', 'object']\nX: TypeError",
    'class_vs_instance_attributes': '1 1 0\n[1, 2] True',
    'strings_are_immutable': 'hello world | hello\nTrue a-ba-b',
    'generator_throw': '1\nfinally\nValueError',
    'dict_changed_during_iteration': "dictionary changed size during iteration\n3 ['a', 'b', 'aa']",
    'float_facts': 'True 3 4 False',
}
