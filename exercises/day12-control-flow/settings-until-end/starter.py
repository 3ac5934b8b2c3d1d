def parse_settings(lines):
    """Return the settings of lines (key = value), skipping blanks and comments, up to the END line."""
    raise NotImplementedError


def find_first(grid, target):
    """Return (row, col) of the first cell equal to target, row by row, or None."""
    raise NotImplementedError
