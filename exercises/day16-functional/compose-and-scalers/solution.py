from functools import reduce


def _identity(x):
    return x


def compose(*funcs):
    return reduce(lambda outer, inner: lambda x: outer(inner(x)), funcs, _identity)


def pipeline(*funcs):
    return compose(*reversed(funcs))


def make_scalers(factors):
    return [lambda x, factor=factor: x * factor for factor in factors]
