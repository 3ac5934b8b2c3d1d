ANSWERS = {
    "one_true_one": "{1, True, 1.0} {True, 1, 1.0} {1.0, 1, True}",
    "dict_key_kept_value_replaced": "{True: 'yes', 1: 'no'} {1: 'a', 1.0: 'b'}",
    "hash_minus_one": "-2 -2 True False 2",
    "zeros_collapse": "3 False",
    "nan_in_sets": "1 2 True False",
    "small_int_set_order": "{1, 2, 3} {8, 33, 10, 2} [1, 2, 3]",
    "eq_without_hash": "None\nTypeError: unhashable type: 'Key'",
    "frozenset_keys": "{frozenset({1, 2}): 'ok', frozenset({1, 2}): 'again'} False set {}",
}
