def make_multipliers(n):
    """[f0, f1, ..., f(n-1)] where fi(x) == x * i."""
    raise NotImplementedError


def make_counter(start=0):
    """A function that returns start + 1, start + 2, ... at successive calls."""
    raise NotImplementedError


def index_of(items, target):
    """Index of the first item equal to target, or -1."""
    raise NotImplementedError


def remove_all(items, value):
    """Remove every item equal to value from the list items, in place; return None."""
    raise NotImplementedError
