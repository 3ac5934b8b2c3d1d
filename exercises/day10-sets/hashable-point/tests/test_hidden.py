import pytest
from hypothesis import given, settings, strategies as st

import solution


def test_equal_points_have_equal_hashes():
    assert hash(solution.Point(3, -4)) == hash(solution.Point(3, -4))


def test_points_in_a_set():
    points = {solution.Point(1, 2), solution.Point(1, 2), solution.Point(2, 1)}
    assert len(points) == 2
    assert solution.Point(2, 1) in points


def test_points_as_dict_keys():
    names = {solution.Point(0, 0): "origin"}
    assert names[solution.Point(0, 0)] == "origin"


def test_points_are_immutable():
    p = solution.Point(1, 2)
    with pytest.raises(AttributeError):
        p.x = 5
    with pytest.raises(AttributeError):
        p.y = 5
    assert (p.x, p.y) == (1, 2)


def test_distinct_with_repeats():
    assert solution.distinct([]) == 0
    assert solution.distinct([(1, 1)] * 5 + [(1, 2), (2, 1), (1, 2)]) == 3


@settings(max_examples=20, deadline=None)
@given(st.tuples(st.integers(-2, 2), st.integers(-2, 2)), st.tuples(st.integers(-2, 2), st.integers(-2, 2)))
def test_eq_and_hash_agree(a, b):
    p, q = solution.Point(*a), solution.Point(*b)
    assert (p == q) == (a == b)
    if a == b:
        assert hash(p) == hash(q)
        assert len({p, q}) == 1
