import importlib


def import_object(path):
    if "." not in path:
        return importlib.import_module(path)
    module_name, attribute = path.rsplit(".", 1)
    return getattr(importlib.import_module(module_name), attribute)
