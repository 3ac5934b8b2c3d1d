# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "bool_of_values": "",
    "and_or_return_operands": "",
    "len_decides": "",
    "bool_beats_len": "",
    "none_compared": "",
    "singletons": "",
    "zero_is_not_missing": "",
}
