def count_duplicates(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return sum(c - 1 for c in counts.values())
