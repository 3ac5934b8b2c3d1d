def dedupe(items):
    """items without duplicates, each at the place of its first occurrence."""
    raise NotImplementedError


def common(a, b):
    """The items of a that are also in b, in the order of a, without duplicates."""
    raise NotImplementedError
