def append_to(item, items=None):
    """Append item to items (a new list if none is given) and return the list."""
    raise NotImplementedError


def tally(word, counts=None):
    """Add one to counts[word] (a new dict if none is given) and return the dict."""
    raise NotImplementedError
