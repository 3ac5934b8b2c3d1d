import itertools


def run_lengths(iterable):
    return [(value, len(list(group))) for value, group in itertools.groupby(iterable)]


def longest_run(iterable):
    best = None
    for value, count in run_lengths(iterable):
        if best is None or count > best[1]:
            best = (value, count)
    return best


def expand(pairs):
    # A list comprehension builds every value before returning: fine for small counts only.
    return iter([value for value, count in pairs for _ in range(count)])
