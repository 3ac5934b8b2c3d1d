def positions(items, queries):
    return [items.index(q) for q in queries]
