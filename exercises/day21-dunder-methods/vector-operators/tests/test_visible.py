from solution import Vector


def components(v):
    return (v.x, v.y)


def test_add_and_subtract():
    assert components(Vector(1, 2) + Vector(3, 4)) == (4, 6)
    assert components(Vector(3, 4) - Vector(1, 2)) == (2, 2)


def test_multiply_by_number_on_either_side():
    assert components(Vector(1, 2) * 3) == (3, 6)
    assert components(3 * Vector(1, 2)) == (3, 6)


def test_repr():
    assert repr(Vector(1, 2)) == "Vector(1, 2)"
    assert repr(Vector(0.5, -1)) == "Vector(0.5, -1)"


def test_equality():
    assert Vector(1, 2) == Vector(1, 2)
    assert Vector(1, 2) != Vector(2, 1)
