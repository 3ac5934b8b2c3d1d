# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "one_true_one": "",
    "dict_key_kept_value_replaced": "",
    "hash_minus_one": "",
    "zeros_collapse": "",
    "nan_in_sets": "",
    "small_int_set_order": "",
    "eq_without_hash": "",
    "frozenset_keys": "",
}
