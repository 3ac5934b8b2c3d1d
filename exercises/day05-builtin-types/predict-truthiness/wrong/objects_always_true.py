ANSWERS = {
    "bool_of_values": "False True False True True False",
    "and_or_return_operands": "empty 0 None yes",
    "len_decides": "True True True",
    "bool_beats_len": "True 5 truthy",
    "none_compared": "False False True True 2",
    "singletons": "True NoneType True False",
    "zero_is_not_missing": "zero, not missing\ndefault 0",
}
