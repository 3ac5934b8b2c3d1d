def compose(*funcs):
    result = lambda x: x
    for func in reversed(funcs):
        result = lambda x: func(result(x))
    return result


def pipeline(*funcs):
    return compose(*reversed(funcs))


def make_scalers(factors):
    return [lambda x: x * factor for factor in factors]
