import re
from collections import Counter

WORD = re.compile(r"[a-z]+")


def word_counts(text):
    return dict(Counter(WORD.findall(text.lower())))


def top_words(text, n):
    counts = word_counts(text)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
