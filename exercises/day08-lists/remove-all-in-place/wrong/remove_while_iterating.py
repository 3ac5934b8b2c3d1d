def remove_all(items, value):
    removed = 0
    for item in items:
        if item == value:
            items.remove(item)
            removed += 1
    return removed
