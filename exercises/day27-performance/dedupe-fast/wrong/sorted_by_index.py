def dedupe(items):
    # Order restored with key=items.index: each call scans the list from the start.
    return sorted(set(items), key=items.index)


def common(a, b):
    return sorted(set(a) & set(b), key=a.index)
