import bisect


def first(items):
    # Logarithmic for nothing: a binary search for the smallest item of a sorted list.
    return items[bisect.bisect_left(items, items[0] - 1)]
