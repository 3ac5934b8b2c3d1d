from collections import defaultdict


def group_by(items, key=None):
    groups = defaultdict(list)
    for item in items:
        groups[item if key is None else key(item)].append(item)
    return dict(groups)


def invert(mapping):
    # The classic one-liner: each later key with the same value overwrites the earlier one.
    inverted = {v: k for k, v in mapping.items()}
    return {v: [k] for v, k in inverted.items()}
