from functools import reduce


def compose(*funcs):
    return reduce(lambda outer, inner: lambda x: outer(inner(x)), funcs)


def pipeline(*funcs):
    return reduce(lambda first, then: lambda x: then(first(x)), funcs)


def make_scalers(factors):
    return [lambda x, factor=factor: x * factor for factor in factors]
