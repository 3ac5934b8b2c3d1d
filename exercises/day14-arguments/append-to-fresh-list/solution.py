def append_to(item, items=None):
    if items is None:
        items = []
    items.append(item)
    return items


def tally(word, counts=None):
    if counts is None:
        counts = {}
    counts[word] = counts.get(word, 0) + 1
    return counts
