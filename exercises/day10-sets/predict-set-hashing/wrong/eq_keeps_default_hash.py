ANSWERS = {
    "one_true_one": "{1} {True} {1.0}",
    "dict_key_kept_value_replaced": "{1: 'no'} {1.0: 'b'}",
    "hash_minus_one": "-2 -2 True False 2",
    "zeros_collapse": "1 True",
    "nan_in_sets": "1 2 True False",
    "small_int_set_order": "{1, 2, 3} {8, 33, 10, 2} [1, 2, 3]",
    "eq_without_hash": "<slot wrapper '__hash__' of 'object' objects>\n{<__main__.Key object>}",
    "frozenset_keys": "{frozenset({1, 2}): 'again'} True set {}",
}
