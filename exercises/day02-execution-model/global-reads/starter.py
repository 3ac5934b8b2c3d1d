def global_reads(source):
    """Sorted list of the names the single function defined in source reads as globals or builtins."""
    raise NotImplementedError
