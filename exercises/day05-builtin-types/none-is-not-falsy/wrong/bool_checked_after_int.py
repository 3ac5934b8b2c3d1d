def coalesce(*values, default=None):
    for value in values:
        if value is not None:
            return value
    return default


def kind_of(value):
    if value is None:
        return "none"
    if isinstance(value, (int, float, complex)):
        return "number"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bytes):
        return "binary"
    return "container"
