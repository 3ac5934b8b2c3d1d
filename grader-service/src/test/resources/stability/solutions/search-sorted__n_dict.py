def positions(items, queries):
    # Linear with a big hash table: an index of every item, built for 200 lookups.
    index = {}
    for i, item in enumerate(items):
        index.setdefault(item, i)
    return [index[q] for q in queries]
