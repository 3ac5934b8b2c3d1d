ANSWERS = {
    'true_and_one': "{True: 'no'}",
    'numeric_keys': "{1: 'bool'} 1\nbool True bool",
    'delete_and_reinsert': "['b', 'c', 'a']\n{'b': 20, 'c': 3, 'a': 4}",
    'fromkeys_shared_value': "{'x': [1], 'y': []}\nFalse",
    'equal_but_not_same_order': 'True False',
    'change_size_while_iterating': 'visiting 1\nvisiting 2',
    'unhashable_key': "tuple\n{(1, [2]): 'tuple holding a list'}",
}
