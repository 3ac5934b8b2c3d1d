def dedupe(items):
    return [item for i, item in enumerate(items) if items.index(item) == i]
