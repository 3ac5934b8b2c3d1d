def group_by(items, key=None):
    items = list(items)
    keys = [item if key is None else key(item) for item in items]
    # One list object, shared by every key.
    groups = dict.fromkeys(keys, [])
    for k, item in zip(keys, items):
        groups[k].append(item)
    return groups


def invert(mapping):
    inverted = {}
    for k, v in mapping.items():
        inverted.setdefault(v, []).append(k)
    return inverted
