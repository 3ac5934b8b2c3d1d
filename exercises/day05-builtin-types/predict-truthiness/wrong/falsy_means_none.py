ANSWERS = {
    "bool_of_values": "False True False False False False",
    "and_or_return_operands": "empty 0 None yes",
    "len_decides": "False True True",
    "bool_beats_len": "False 5 falsy",
    "none_compared": "True True True True 2",
    "singletons": "True NoneType False False",
    "zero_is_not_missing": "zero, not missing\ndefault 0",
}
