def count_duplicates(items):
    return len(items) - len(set(items))
