def freeze(obj):
    """A hashable equivalent of obj: lists/tuples -> tuples, dicts and sets -> frozensets, recursively."""
    raise NotImplementedError


def count_distinct(records):
    """How many distinct values (by ==) the list records holds."""
    raise NotImplementedError
