from contextlib import contextmanager


class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def as_dict(self):
        return dict(vars(self))

    @contextmanager
    def override(self, **changes):
        unknown = [name for name in changes if name not in vars(self)]
        if unknown:
            raise AttributeError(f"no such setting: {', '.join(unknown)}")
        saved = {name: getattr(self, name) for name in changes}
        for name, value in changes.items():
            setattr(self, name, value)
        try:
            yield self
        finally:
            for name, value in saved.items():
                setattr(self, name, value)
