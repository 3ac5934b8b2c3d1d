from collections import Counter


def word_counts(text):
    # str.split() cuts at whitespace only: "hat." and "hat" are different "words".
    return dict(Counter(text.lower().split()))


def top_words(text, n):
    counts = word_counts(text)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
