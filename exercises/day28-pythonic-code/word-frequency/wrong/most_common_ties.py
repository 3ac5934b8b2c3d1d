import re
from collections import Counter

WORD = re.compile(r"[a-z]+")


def word_counts(text):
    return dict(Counter(WORD.findall(text.lower())))


def top_words(text, n):
    # most_common() orders equal counts by first appearance, not alphabetically.
    return Counter(WORD.findall(text.lower())).most_common(n)
