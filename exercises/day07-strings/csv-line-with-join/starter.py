def csv_line(fields):
    """One CSV line (no line break at the end) made of the strings in fields."""
    raise NotImplementedError
