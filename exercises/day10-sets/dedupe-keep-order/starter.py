def dedupe(items):
    """A new list of the distinct values of items, in the order of their first appearance."""
    raise NotImplementedError
