# Replace each empty string with exactly what the snippet prints (use \n between lines).
ANSWERS = {
    "is_vs_eq": "",
    "plus_vs_augmented": "",
    "mutable_default": "",
    "late_binding": "",
    "unbound_local": "",
    "equal_keys": "",
    "chained_comparisons": "",
}
