from collections import defaultdict


def group_by(items, key=None):
    groups = defaultdict(list)
    for item in items:
        groups[item if key is None else key(item)].append(item)
    return dict(groups)


def invert(mapping):
    inverted = {}
    for k, v in mapping.items():
        inverted.setdefault(v, []).append(k)
    return inverted
