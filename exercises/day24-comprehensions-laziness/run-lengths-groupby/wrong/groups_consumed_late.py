import itertools


def run_lengths(iterable):
    # Collect the groups first, count them afterwards -- but each group is a view on the shared input,
    # and it is empty once groupby has moved past it.
    groups = list(itertools.groupby(iterable))
    return [(value, len(list(group))) for value, group in groups]


def longest_run(iterable):
    best = None
    for value, count in run_lengths(iterable):
        if best is None or count > best[1]:
            best = (value, count)
    return best


def expand(pairs):
    return itertools.chain.from_iterable(itertools.repeat(value, count) for value, count in pairs)
