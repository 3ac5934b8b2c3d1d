ANSWERS = {
    "one_true_one": "{1} {True} {1.0}",
    "dict_key_kept_value_replaced": "{True: 'no'} {1: 'b'}",
    "hash_minus_one": "-1 -2 False False 2",
    "zeros_collapse": "1 True",
    "nan_in_sets": "2 2 False False",
    "small_int_set_order": "{1, 2, 3} {2, 8, 10, 33} [1, 2, 3]",
    "eq_without_hash": "None\nTypeError: unhashable type: 'Key'",
    "frozenset_keys": "{frozenset({1, 2}): 'again'} True set {}",
}
