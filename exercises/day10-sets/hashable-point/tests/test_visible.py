from solution import Point, distinct


def test_coordinates():
    p = Point(1, 2)
    assert (p.x, p.y) == (1, 2)


def test_equality():
    assert Point(1, 2) == Point(1, 2)
    assert not (Point(1, 2) == Point(2, 1))


def test_distinct():
    assert distinct([(0, 0), (1, 0), (0, 0)]) == 2
