def floor_sqrt(n):
    """The largest int r with r * r <= n (n >= 0, any size)."""
    raise NotImplementedError


def is_perfect_square(n):
    """True if n (>= 0, any size) is the square of an int."""
    raise NotImplementedError
