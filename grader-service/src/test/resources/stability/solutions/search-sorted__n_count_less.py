def positions(items, queries):
    return [sum(1 for item in items if item < q) for q in queries]
