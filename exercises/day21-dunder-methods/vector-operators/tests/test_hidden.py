import pytest
from hypothesis import given, settings, strategies as st

import solution
from solution import Vector


def components(v):
    return (v.x, v.y)


def test_operands_are_not_changed():
    a = Vector(1, 1)
    b = Vector(2, 3)
    a + b
    assert components(a) == (1, 1)
    assert components(b) == (2, 3)
    c = Vector(5, 5)
    c - b
    c * 2
    -c
    assert components(c) == (5, 5)


def test_augmented_assignment_rebinds():
    a = Vector(1, 1)
    b = a
    a += Vector(1, 0)
    assert components(a) == (2, 1)
    assert components(b) == (1, 1)


def test_equal_vectors_hash_alike():
    assert len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}) == 2
    assert hash(Vector(1, 2)) == hash(Vector(1.0, 2.0))
    seen = {Vector(0, 0): "origin"}
    assert seen[Vector(0, 0)] == "origin"


def test_neg_abs_bool():
    assert components(-Vector(1, -2)) == (-1, 2)
    assert abs(Vector(3, 4)) == 5.0
    assert not Vector(0, 0)
    assert Vector(0, 0.5)


def test_unsupported_operands_raise_type_error():
    v = Vector(1, 2)
    with pytest.raises(TypeError):
        v + 1
    with pytest.raises(TypeError):
        v * "x"
    with pytest.raises(TypeError):
        v * v


@settings(max_examples=25)
@given(st.integers(-1000, 1000), st.integers(-1000, 1000), st.integers(-1000, 1000), st.integers(-1000, 1000))
def test_arithmetic_properties(a, b, c, d):
    v, w = Vector(a, b), Vector(c, d)
    assert components(v + w) == (a + c, b + d)
    assert components(v - w) == (a - c, b - d)
    assert components(2 * v) == components(v * 2) == (2 * a, 2 * b)
    assert components(v) == (a, b)
