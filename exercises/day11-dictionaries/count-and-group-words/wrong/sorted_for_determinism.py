def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    # "Dicts have no order", so sort the keys to get a predictable result.
    return dict(sorted(counts.items()))


def most_common(text, k):
    if k <= 0:
        return []
    counts = count_words(text)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]


def group_by_initial(words):
    groups = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return dict(sorted(groups.items()))
