def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def most_common(text, k):
    if k <= 0:
        return []
    counts = count_words(text)
    return sorted(counts.items(), key=lambda item: item[1], reverse=True)[:k]


def group_by_initial(words):
    # One empty list per letter... or so it seems: fromkeys stores the same list under every key.
    groups = dict.fromkeys((word[0] for word in words), [])
    for word in words:
        groups[word[0]].append(word)
    return groups
