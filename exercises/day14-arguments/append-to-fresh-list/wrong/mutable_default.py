def append_to(item, items=[]):
    items.append(item)
    return items


def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return counts
