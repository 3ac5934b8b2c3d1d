ANSWERS = {
    'is_vs_eq': 'True True\nTrue False\nTrue False',
    'plus_vs_augmented': '[1, 2, 3] [1, 2]\n[1, 2, 3] [1, 2]\nTypeError\n([1],)',
    'mutable_default': '[1]\n[2]\n[3]\n[4]',
    'late_binding': '[20, 20, 20]\n[0, 10, 20]',
    'unbound_local': 'UnboundLocalError',
    'equal_keys': "{1: 'float'}\n2 True",
    'chained_comparisons': 'True True True True\nTrue',
}
