def count_duplicates(items):
    ordered = sorted(items)
    return sum(1 for a, b in zip(ordered, ordered[1:]) if a == b)
