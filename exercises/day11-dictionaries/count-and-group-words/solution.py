def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def most_common(text, k):
    if k <= 0:
        return []
    counts = count_words(text)
    # sorted() is stable, also with reverse=True: equal counts keep their first-appearance order.
    return sorted(counts.items(), key=lambda item: item[1], reverse=True)[:k]


def group_by_initial(words):
    groups = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return groups
