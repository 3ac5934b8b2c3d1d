def remove_all(items, value):
    before = len(items)
    items = [item for item in items if item != value]
    return before - len(items)
