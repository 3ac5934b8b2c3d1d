def count_duplicates(items):
    seen = []
    repeats = 0
    for item in items:
        if item in seen:
            repeats += 1
        else:
            seen.append(item)
    return repeats
