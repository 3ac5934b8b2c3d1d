ANSWERS = {
    'true_and_one': "{1: 'no'}",
    'numeric_keys': "{1: 'int', 1.0: 'float', True: 'bool'} 3\nfloat True bool",
    'delete_and_reinsert': "['b', 'c', 'a']\n{'b': 20, 'c': 3, 'a': 4}",
    'fromkeys_shared_value': "{'x': [1], 'y': [1]}\nTrue",
    'equal_but_not_same_order': 'True False',
    'change_size_while_iterating': 'visiting 1\nRuntimeError: dictionary changed size during iteration',
    'unhashable_key': "tuple\nTypeError: unhashable type: 'list'",
}
