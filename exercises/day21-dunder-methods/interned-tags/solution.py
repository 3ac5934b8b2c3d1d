class Tag:
    _registry = {}

    def __new__(cls, name):
        if not isinstance(name, str):
            raise TypeError(f"a tag name must be a str, not {type(name).__name__}")
        stripped = name.strip()
        if not stripped:
            raise ValueError("a tag name cannot be empty")
        key = stripped.casefold()
        tag = cls._registry.get(key)
        if tag is None:
            tag = super().__new__(cls)
            tag.name = stripped
            tag.uses = 0
            cls._registry[key] = tag
        tag.uses += 1
        return tag

    def __repr__(self):
        return f"Tag({self.name!r})"
