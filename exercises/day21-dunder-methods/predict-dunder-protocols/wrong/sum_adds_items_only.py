ANSWERS = {
    "eq_without_hash": "True\nNone\nTypeError: unhashable type: 'Point'",
    "hash_without_eq": "2\nFalse",
    "repr_vs_str": "21 C\n[Temp(21), Temp(21)]\nTemp(21) / 21 C",
    "sum_and_radd": "Money.__add__\n350",
    "bool_and_len": "False True\nTrue",
    "new_returns_other": "B.__new__\nA.__new__ (1,)\nA.__init__ 1\nA",
}
