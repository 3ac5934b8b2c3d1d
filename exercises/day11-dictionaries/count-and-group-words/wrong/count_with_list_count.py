def count_words(text):
    words = text.split()
    counts = {}
    for word in words:
        if word not in counts:
            counts[word] = words.count(word)  # walks the whole list again for every distinct word
    return counts


def most_common(text, k):
    if k <= 0:
        return []
    counts = count_words(text)
    return sorted(counts.items(), key=lambda item: item[1], reverse=True)[:k]


def group_by_initial(words):
    groups = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return groups
