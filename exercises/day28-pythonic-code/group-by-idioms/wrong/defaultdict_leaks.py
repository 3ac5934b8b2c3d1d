from collections import defaultdict


def group_by(items, key=None):
    groups = defaultdict(list)
    for item in items:
        groups[item if key is None else key(item)].append(item)
    return groups  # a defaultdict: a lookup of a missing key quietly creates an empty group


def invert(mapping):
    inverted = defaultdict(list)
    for k, v in mapping.items():
        inverted[v].append(k)
    return dict(inverted)
