import solution


def test_rows_are_independent():
    grid = solution.make_grid(3, 2)
    grid[0][0] = 9
    assert grid == [[9, 0], [0, 0], [0, 0]]


def test_copy_rows_are_independent():
    grid = [[1, 2], [3, 4]]
    copy = solution.copy_grid(grid)
    copy[0][0] = 0
    assert grid == [[1, 2], [3, 4]]


def test_copy_grid_leaves_original():
    grid = solution.make_grid(2, 2, fill=1)
    copy = solution.copy_grid(grid)
    copy[1][1] = 5
    assert grid == [[1, 1], [1, 1]]


def test_empty_grids():
    assert solution.make_grid(0, 3) == []
    assert solution.make_grid(2, 0) == [[], []]
