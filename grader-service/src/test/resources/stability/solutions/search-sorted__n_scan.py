def positions(items, queries):
    out = []
    for q in queries:
        for i, item in enumerate(items):
            if item >= q:
                out.append(i)
                break
    return out
