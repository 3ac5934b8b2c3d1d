def remove_all(items, value):
    """Remove every item equal to value from the list items, in place; return how many were removed."""
    raise NotImplementedError
