class _Override:
    def __init__(self, settings, changes):
        self.settings = settings
        self.changes = changes
        self.saved = {}

    def __enter__(self):
        unknown = [name for name in self.changes if name not in vars(self.settings)]
        if unknown:
            raise AttributeError(f"no such setting: {', '.join(unknown)}")
        for name, value in self.changes.items():
            self.saved[name] = getattr(self.settings, name)
            setattr(self.settings, name, value)
        return self.settings

    def __exit__(self, exc_type, exc, tb):
        for name, value in self.saved.items():
            setattr(self.settings, name, value)
        return True  # "the exit went fine" -- but a true value tells Python to swallow the exception


class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def as_dict(self):
        return dict(vars(self))

    def override(self, **changes):
        return _Override(self, changes)
