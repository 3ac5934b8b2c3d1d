import itertools


def run_lengths(iterable):
    return [(value, sum(1 for _ in group)) for value, group in itertools.groupby(iterable)]


def longest_run(iterable):
    best = None
    for value, count in run_lengths(iterable):
        if best is None or count > best[1]:
            best = (value, count)
    return best


def expand(pairs):
    return itertools.chain.from_iterable(itertools.repeat(value, count) for value, count in pairs)
