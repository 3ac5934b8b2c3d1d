class Point:
    """An immutable point with coordinates x and y, usable in sets and as a dict key."""

    def __init__(self, x, y):
        raise NotImplementedError


def distinct(pairs):
    """How many distinct points the (x, y) tuples in pairs make."""
    raise NotImplementedError
