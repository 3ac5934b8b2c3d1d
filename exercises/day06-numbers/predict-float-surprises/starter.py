# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "point_one_plus_point_two": "",
    "bankers_rounding": "",
    "floor_division_negative": "",
    "float_precision_limit": "",
    "big_int_vs_float": "",
    "summing_tenths": "",
    "arbitrary_precision": "",
    "nan_compares": "",
}
