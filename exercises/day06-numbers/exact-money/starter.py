def total(prices):
    """Exact sum of the amounts (strings), as a string with two decimals."""
    raise NotImplementedError


def split(amount, parts):
    """Split amount into parts shares (strings) that add up exactly, bigger shares first."""
    raise NotImplementedError
