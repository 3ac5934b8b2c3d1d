def first(items):
    return min(items)
