def record_class(name, fields):
    fields = tuple(fields)

    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name}() takes {len(fields)} values, got {len(values)}")
        for field, value in zip(fields, values):
            self._store[field] = value

    def __repr__(self):
        inside = ", ".join(f"{field}={self._store[field]!r}" for field in fields)
        return f"{name}({inside})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._store == other._store

    namespace = {"fields": fields, "_store": {}, "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__}
    for field in fields:
        namespace[field] = property(lambda self, field=field: self._store[field])
    return type(name, (), namespace)
