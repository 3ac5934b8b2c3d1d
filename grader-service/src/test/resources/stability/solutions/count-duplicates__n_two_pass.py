def count_duplicates(items):
    distinct = set()
    for item in items:
        distinct.add(item)
    repeats = 0
    for _ in items:
        repeats += 1
    return repeats - len(distinct)
