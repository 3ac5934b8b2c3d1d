def sorted_copy(items):
    return sorted(items)
