ANSWERS = {
    "point_one_plus_point_two": "False 0.30000000000000004",
    "bankers_rounding": "2 4 0 -2 2.67",
    "floor_division_negative": "-4 1 -3 -4 (-4, 1)",
    "float_precision_limit": "True False 0.0",
    "big_int_vs_float": "True False 99999999999999991611392",
    "summing_tenths": "0.9999999999999999 False\n1.0 True",
    "arbitrary_precision": "OverflowError: int too large to convert to float",
    "nan_compares": "True False True nan",
}
