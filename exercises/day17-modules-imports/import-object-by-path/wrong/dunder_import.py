def import_object(path):
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        try:
            obj = __import__(".".join(parts[:end]))
        except ImportError:
            continue
        for name in parts[end:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(f"no importable module at the start of {path!r}")
