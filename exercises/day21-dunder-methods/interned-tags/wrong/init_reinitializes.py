class Tag:
    _registry = {}

    def __new__(cls, name):
        if not isinstance(name, str):
            raise TypeError(f"a tag name must be a str, not {type(name).__name__}")
        key = name.strip().casefold()
        if not key:
            raise ValueError("a tag name cannot be empty")
        if key not in cls._registry:
            cls._registry[key] = super().__new__(cls)
        return cls._registry[key]

    # Attributes belong in __init__ ... but __init__ runs again on the cached object at every Tag(...) call.
    def __init__(self, name):
        self.name = name.strip()
        self.uses = getattr(self, "uses", 0) + 1

    def __repr__(self):
        return f"Tag({self.name!r})"
