ANSWERS = {
    "point_one_plus_point_two": "False 0.30000000000000004",
    "bankers_rounding": "3 4 1 -3 2.68",
    "floor_division_negative": "-3 -1 -3 -3 (-3, -1)",
    "float_precision_limit": "True False 0.0",
    "big_int_vs_float": "True False 99999999999999991611392",
    "summing_tenths": "0.9999999999999999 False\n1.0 True",
    "arbitrary_precision": "101 4 1\nFalse True\nOverflowError: int too large to convert to float",
    "nan_compares": "False True True nan",
}
