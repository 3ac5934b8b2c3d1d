def readings(n, seed=2024):
    """A stream of n sensor readings (ints from 0 to 16_777_215), produced one at a time. Do not change."""
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 7


def top_k(values, k):
    """The k largest of values (any iterable, traversed once), largest first."""
    raise NotImplementedError
