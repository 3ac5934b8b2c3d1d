import re
from collections import Counter


def word_counts(text):
    """{word: count} for the words (runs of letters a-z, lowercased) of text."""
    raise NotImplementedError


def top_words(text, n):
    """The n most frequent (word, count) pairs, most frequent first, ties in alphabetical order."""
    raise NotImplementedError
