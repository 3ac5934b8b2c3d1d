ANSWERS = {
    "bool_of_values": "False True False True True False",
    "and_or_return_operands": "True False False True",
    "len_decides": "False True True",
    "bool_beats_len": "False 5 falsy",
    "none_compared": "False False True True 2",
    "singletons": "True NoneType True False",
    "zero_is_not_missing": "zero, not missing\nTrue 0",
}
