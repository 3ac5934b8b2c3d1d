import importlib


def import_object(path):
    """The object named by a dotted path: the longest importable module, then attributes."""
    raise NotImplementedError
