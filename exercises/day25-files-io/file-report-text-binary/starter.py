def file_report(path):
    """{"bytes", "chars", "lines", "crlf"} of the UTF-8 text file at path."""
    raise NotImplementedError
