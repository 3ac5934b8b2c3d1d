def append_to(item, items=None):
    items = list(items or [])
    items.append(item)
    return items


def tally(word, counts=None):
    counts = dict(counts or {})
    counts[word] = counts.get(word, 0) + 1
    return counts
