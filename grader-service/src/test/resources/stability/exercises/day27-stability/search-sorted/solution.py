import bisect


def positions(items, queries):
    return [bisect.bisect_left(items, q) for q in queries]
