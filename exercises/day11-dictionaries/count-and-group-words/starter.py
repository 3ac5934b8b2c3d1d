def count_words(text):
    """Map each word of text (text.split()) to its number of occurrences, in order of first appearance."""
    raise NotImplementedError


def most_common(text, k):
    """The k most frequent words as (word, count) tuples, highest count first, ties by first appearance."""
    raise NotImplementedError


def group_by_initial(words):
    """Map each first letter to the list of words starting with it, both in order of first appearance."""
    raise NotImplementedError
