import importlib


def import_object(path):
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        module_name = ".".join(parts[:end])
        try:
            obj = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            # Only "this module does not exist" means: try a shorter prefix. A missing module imported
            # by an existing one is a real error.
            if error.name is None or not (module_name == error.name or module_name.startswith(error.name + ".")):
                raise
            continue
        for name in parts[end:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(f"no importable module at the start of {path!r}")
