class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def as_dict(self):
        return {name: value for name, value in vars(self).items() if not name.startswith("_")}

    # The settings object is its own context manager and keeps the saved values on itself:
    # a nested override overwrites what the outer one saved.
    def override(self, **changes):
        unknown = [name for name in changes if name not in self.as_dict()]
        if unknown:
            raise AttributeError(f"no such setting: {', '.join(unknown)}")
        self._saved = {name: getattr(self, name) for name in changes}
        for name, value in changes.items():
            setattr(self, name, value)
        return self

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        for name, value in self._saved.items():
            setattr(self, name, value)
        return False
