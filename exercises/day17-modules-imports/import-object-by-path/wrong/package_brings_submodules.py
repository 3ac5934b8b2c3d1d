import importlib


def import_object(path):
    first, *rest = path.split(".")
    obj = importlib.import_module(first)
    for name in rest:
        obj = getattr(obj, name)  # the package has its submodules as attributes... doesn't it?
    return obj
