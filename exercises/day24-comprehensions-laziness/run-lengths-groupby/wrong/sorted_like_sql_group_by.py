import itertools


def run_lengths(iterable):
    # groupby "needs sorted input" -- true for SQL-like grouping, but here sorting merges separate runs.
    return [(value, len(list(group))) for value, group in itertools.groupby(sorted(iterable))]


def longest_run(iterable):
    best = None
    for value, count in run_lengths(iterable):
        if best is None or count > best[1]:
            best = (value, count)
    return best


def expand(pairs):
    return itertools.chain.from_iterable(itertools.repeat(value, count) for value, count in pairs)
