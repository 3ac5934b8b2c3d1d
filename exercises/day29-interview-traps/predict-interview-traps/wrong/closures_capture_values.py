ANSWERS = {
    'is_vs_eq': 'True True\nTrue False\nTrue False',
    'plus_vs_augmented': '[1, 2, 3] [1, 2]\n[1, 2, 3] [1, 2, 3]\nTypeError\n([1, 2],)',
    'mutable_default': '[1]\n[1, 2]\n[3]\n[1, 2, 4]',
    'late_binding': '[0, 10, 20]\n[0, 10, 20]',
    'unbound_local': '1',
    'equal_keys': "{1: 'float'}\n2 True",
    'chained_comparisons': 'True True True True\nFalse',
}
