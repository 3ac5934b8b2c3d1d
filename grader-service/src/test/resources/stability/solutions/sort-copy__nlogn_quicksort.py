def sorted_copy(items):
    if len(items) <= 1:
        return list(items)
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    more = [x for x in items if x > pivot]
    return sorted_copy(less) + equal + sorted_copy(more)
