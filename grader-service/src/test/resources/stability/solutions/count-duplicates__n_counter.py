from collections import Counter


def count_duplicates(items):
    # Linear, with a heavy constant: a Counter, then a pass over its counts.
    return sum(count - 1 for count in Counter(items).values())
