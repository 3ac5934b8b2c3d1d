class Vector:
    """A 2-D vector with x and y components; an immutable value like a number."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        raise NotImplementedError

    # Add the dunder methods you need: __add__, __sub__, __mul__, __rmul__, __neg__, __abs__, __bool__,
    # __eq__, __hash__ ...
