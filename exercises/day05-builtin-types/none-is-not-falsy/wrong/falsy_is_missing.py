def coalesce(*values, default=None):
    for value in values:
        if value:
            return value
    return default


def kind_of(value):
    if not value and not isinstance(value, bool):
        return "none"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float, complex)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bytes):
        return "binary"
    return "container"
