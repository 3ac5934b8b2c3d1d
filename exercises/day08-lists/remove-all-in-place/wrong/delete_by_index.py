def remove_all(items, value):
    removed = 0
    for i in range(len(items)):
        if items[i] == value:
            del items[i]
            removed += 1
    return removed
