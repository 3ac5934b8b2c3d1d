def freeze(obj):
    if isinstance(obj, (list, tuple)):
        return tuple(obj)
    if isinstance(obj, dict):
        return frozenset(obj.items())
    if isinstance(obj, (set, frozenset)):
        return frozenset(obj)
    return obj


def count_distinct(records):
    return len({freeze(record) for record in records})
