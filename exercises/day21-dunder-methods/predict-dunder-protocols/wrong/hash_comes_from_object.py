ANSWERS = {
    "eq_without_hash": "True\n<slot wrapper '__hash__' of 'object' objects>\n1",
    "hash_without_eq": "1\nTrue",
    "repr_vs_str": "21 C\n[Temp(21), Temp(21)]\nTemp(21) / 21 C",
    "sum_and_radd": "Money.__radd__\nMoney.__add__\n350",
    "bool_and_len": "False True\nTypeError: __bool__ should return bool, returned int",
    "new_returns_other": "B.__new__\nA.__new__ (1,)\nA.__init__ 1\nA",
}
