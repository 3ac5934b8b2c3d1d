def _find(items, query, low, high):
    if low >= high:
        return low
    middle = (low + high) // 2
    if items[middle] < query:
        return _find(items, query, middle + 1, high)
    return _find(items, query, low, middle)


def positions(items, queries):
    return [_find(items, q, 0, len(items)) for q in queries]
