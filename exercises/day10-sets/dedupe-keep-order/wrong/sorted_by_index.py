def dedupe(items):
    return sorted(set(items), key=items.index)
