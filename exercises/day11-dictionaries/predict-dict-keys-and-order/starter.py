# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "true_and_one": "",
    "numeric_keys": "",
    "delete_and_reinsert": "",
    "fromkeys_shared_value": "",
    "equal_but_not_same_order": "",
    "change_size_while_iterating": "",
    "unhashable_key": "",
}
