class Tag:
    """Interned tags: Tag(name) always returns the same object for the same (normalized) name."""

    def __new__(cls, name):
        raise NotImplementedError

    def __repr__(self):
        raise NotImplementedError
