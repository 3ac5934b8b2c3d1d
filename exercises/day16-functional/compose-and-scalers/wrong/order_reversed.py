from functools import reduce


def _identity(x):
    return x


def compose(*funcs):
    # Apply each function in turn, the first one first.
    return reduce(lambda done, func: lambda x: func(done(x)), funcs, _identity)


def pipeline(*funcs):
    return reduce(lambda done, func: lambda x: done(func(x)), funcs, _identity)


def make_scalers(factors):
    return [lambda x, factor=factor: x * factor for factor in factors]
