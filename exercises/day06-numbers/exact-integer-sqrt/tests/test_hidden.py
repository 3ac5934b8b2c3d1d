import math

import pytest
from hypothesis import Phase, given, settings, strategies as st

import solution


def test_square_of_a_21_digit_number():
    root = 10 ** 20 + 1
    assert solution.is_perfect_square(root * root) is True
    assert solution.floor_sqrt(root * root) == root


def test_just_below_the_next_square():
    r = 3_037_000_499
    assert solution.floor_sqrt(r * r + 2 * r) == r
    assert solution.is_perfect_square(r * r + 2 * r) is False


def test_beyond_the_float_range():
    assert solution.is_perfect_square(10 ** 400) is True
    assert solution.floor_sqrt(10 ** 401) == math.isqrt(10 ** 401)
    assert solution.is_perfect_square(10 ** 400 + 1) is False


def test_negative_numbers():
    with pytest.raises(ValueError):
        solution.floor_sqrt(-4)
    with pytest.raises(ValueError):
        solution.is_perfect_square(-1)


# No shrinking: each shrinking step would call the learner's code again, through the sandbox.
@settings(max_examples=50, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.integers(0, 10 ** 60), st.integers(0, 2 * 10 ** 60))
def test_random_huge_numbers(root, extra):
    extra = extra % (2 * root + 1)  # root*root + extra stays below (root + 1) ** 2
    n = root * root + extra
    assert solution.floor_sqrt(n) == root
    assert solution.is_perfect_square(n) == (extra == 0)
