def count_duplicates(items):
    return sum(1 for i, item in enumerate(items) if item in items[:i])
