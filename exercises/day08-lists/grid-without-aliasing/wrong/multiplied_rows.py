def make_grid(rows, cols, fill=0):
    return [[fill] * cols] * rows


def copy_grid(grid):
    return [list(row) for row in grid]
