def coalesce(*values, default=None):
    """Return the first value that is not None, else default."""
    raise NotImplementedError


def kind_of(value):
    """Return "none", "bool", "number", "text", "binary" or "container"."""
    raise NotImplementedError
