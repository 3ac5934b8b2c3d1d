def count_duplicates(items):
    # Cubic: for each item, counts it in ever longer prefixes until one holds it.
    repeats = 0
    for i, item in enumerate(items):
        for j in range(i):
            if items[: j + 1].count(item):
                repeats += 1
                break
    return repeats
