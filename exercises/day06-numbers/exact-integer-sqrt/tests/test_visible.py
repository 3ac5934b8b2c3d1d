from solution import floor_sqrt, is_perfect_square


def test_small_squares():
    assert is_perfect_square(49) is True
    assert is_perfect_square(50) is False


def test_floor_sqrt_small():
    assert floor_sqrt(50) == 7
    assert floor_sqrt(48) == 6


def test_zero_and_one():
    assert floor_sqrt(0) == 0
    assert floor_sqrt(1) == 1
    assert is_perfect_square(0) is True
