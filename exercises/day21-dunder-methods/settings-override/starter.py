class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def as_dict(self):
        """A new plain dict of the current settings."""
        raise NotImplementedError

    def override(self, **changes):
        """A context manager that sets `changes` for the duration of a `with` block, then restores."""
        raise NotImplementedError
