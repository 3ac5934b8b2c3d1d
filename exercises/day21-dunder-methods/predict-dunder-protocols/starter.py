# Replace each empty string with exactly what the snippet prints (use \n between lines).
ANSWERS = {
    "eq_without_hash": "",
    "hash_without_eq": "",
    "repr_vs_str": "",
    "sum_and_radd": "",
    "bool_and_len": "",
    "new_returns_other": "",
}
