def freeze(obj):
    if isinstance(obj, (list, tuple)):
        return tuple(freeze(item) for item in obj)
    if isinstance(obj, dict):
        return tuple((key, freeze(value)) for key, value in obj.items())
    if isinstance(obj, (set, frozenset)):
        return frozenset(freeze(item) for item in obj)
    return obj


def count_distinct(records):
    return len({freeze(record) for record in records})
