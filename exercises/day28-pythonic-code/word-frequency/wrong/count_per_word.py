import re

WORD = re.compile(r"[a-z]+")


def word_counts(text):
    words = WORD.findall(text.lower())
    # words.count(w) walks the whole list once per distinct word: quadratic.
    return {w: words.count(w) for w in set(words)}


def top_words(text, n):
    counts = word_counts(text)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
