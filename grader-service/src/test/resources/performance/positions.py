# Linear, but keeps a list of positions per distinct item: several times the memory of a set.
def dedupe(items):
    positions = {}
    for index, item in enumerate(items):
        positions.setdefault(item, []).append(index)
    return [item for item in positions]
