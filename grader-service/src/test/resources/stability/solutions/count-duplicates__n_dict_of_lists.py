def count_duplicates(items):
    # Linear with a big hash table: every position of every value.
    positions = {}
    for index, item in enumerate(items):
        positions.setdefault(item, []).append(index)
    return sum(len(where) - 1 for where in positions.values())
