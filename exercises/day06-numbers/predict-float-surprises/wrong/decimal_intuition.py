ANSWERS = {
    "point_one_plus_point_two": "True 0.3",
    "bankers_rounding": "2 4 0 -2 2.68",
    "floor_division_negative": "-4 1 -3 -4 (-4, 1)",
    "float_precision_limit": "False False 1.0",
    "big_int_vs_float": "True True 100000000000000000000000",
    "summing_tenths": "1.0 True\n1.0 True",
    "arbitrary_precision": "101 4 1\nTrue True\nOverflowError: int too large to convert to float",
    "nan_compares": "False True True nan",
}
