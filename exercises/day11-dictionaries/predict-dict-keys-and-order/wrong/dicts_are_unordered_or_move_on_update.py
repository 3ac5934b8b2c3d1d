ANSWERS = {
    'true_and_one': "{True: 'no'}",
    'numeric_keys': "{1: 'bool'} 1\nbool True bool",
    'delete_and_reinsert': "['a', 'c', 'b']\n{'a': 4, 'c': 3, 'b': 20}",
    'fromkeys_shared_value': "{'x': [1], 'y': [1]}\nTrue",
    'equal_but_not_same_order': 'False False',
    'change_size_while_iterating': 'visiting 1\nRuntimeError: dictionary changed size during iteration',
    'unhashable_key': "tuple\nTypeError: unhashable type: 'list'",
}
