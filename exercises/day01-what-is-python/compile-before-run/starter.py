def check_source(source):
    """Return "ok", "compile error: <Name>" or "runtime error: <Name>" for the program in source."""
    raise NotImplementedError
