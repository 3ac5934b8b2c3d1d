class Tag:
    _states = {}

    # "Same tag" implemented as separate objects sharing one __dict__ (the Borg pattern): equal state,
    # but Tag("a") is Tag("A") is False.
    def __init__(self, name):
        if not isinstance(name, str):
            raise TypeError(f"a tag name must be a str, not {type(name).__name__}")
        stripped = name.strip()
        if not stripped:
            raise ValueError("a tag name cannot be empty")
        key = stripped.casefold()
        state = Tag._states.setdefault(key, {"name": stripped, "uses": 0})
        self.__dict__ = state
        self.uses += 1

    def __repr__(self):
        return f"Tag({self.name!r})"
