def count_duplicates(items):
    seen = set()
    repeats = 0
    for item in items:
        if item in seen:
            repeats += 1
        else:
            seen.add(item)
    return repeats
