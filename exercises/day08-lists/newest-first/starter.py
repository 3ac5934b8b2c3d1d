def newest_first(readings):
    """A new list of the non-negative readings, most recent first."""
    raise NotImplementedError
