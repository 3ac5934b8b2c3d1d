def record_class(name, fields):
    fields = tuple(fields)

    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name}() takes {len(fields)} values, got {len(values)}")
        self._values = values
        for field, value in zip(fields, values):
            setattr(self, field, property(lambda self, value=value: value))  # read-only attribute

    def __repr__(self):
        inside = ", ".join(f"{field}={value!r}" for field, value in zip(fields, self._values))
        return f"{name}({inside})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values == other._values

    namespace = {"fields": fields, "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__}
    return type(name, (), namespace)
