from functools import reduce


def compose(*funcs):
    """compose(f, g, h)(x) == f(g(h(x))); compose() is the identity."""
    raise NotImplementedError


def pipeline(*funcs):
    """pipeline(f, g, h)(x) == h(g(f(x))); pipeline() is the identity."""
    raise NotImplementedError


def make_scalers(factors):
    """[lambda x: x * factor for each factor], each remembering its own factor."""
    raise NotImplementedError
