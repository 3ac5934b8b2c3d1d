from collections import Counter


def dedupe(items):
    # Linear with a heavy constant: counts everything, then scans again and takes each item the first time.
    left = Counter(items)
    out = []
    for item in items:
        if left[item] > 0:
            out.append(item)
            left[item] = 0
    return out
