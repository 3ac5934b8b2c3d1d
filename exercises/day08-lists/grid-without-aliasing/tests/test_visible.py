from solution import copy_grid, make_grid


def test_make_grid_shape():
    assert make_grid(2, 3) == [[0, 0, 0], [0, 0, 0]]


def test_make_grid_fill_value():
    assert make_grid(2, 2, fill=".") == [[".", "."], [".", "."]]


def test_copy_grid_equal():
    grid = [[1, 2], [3, 4]]
    assert copy_grid(grid) == [[1, 2], [3, 4]]
