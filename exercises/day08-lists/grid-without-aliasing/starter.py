def make_grid(rows, cols, fill=0):
    """Return a list of `rows` separate lists, each holding `cols` copies of `fill`."""
    raise NotImplementedError


def copy_grid(grid):
    """Return a copy of `grid` (a list of lists) that shares no row with it."""
    raise NotImplementedError
