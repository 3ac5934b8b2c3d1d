import pytest
from hypothesis import given, settings, strategies as st

import solution

FIB_300 = 222232244629420445529739893461909967206666939096499764990979600


def test_wrapped_is_the_original():
    def volume(a, b, c):
        """Volume of a box."""
        return a * b * c

    fast = solution.memoize(volume)
    assert fast.__wrapped__ is volume
    assert fast.__qualname__ == volume.__qualname__
    assert fast.__doc__ == "Volume of a box."


def test_each_function_has_its_own_cache():
    double = solution.memoize(lambda x: 2 * x)
    square = solution.memoize(lambda x: x * x)
    assert double(3) == 6
    assert square(3) == 9
    assert double.cache == {(3,): 6}
    assert square.cache == {(3,): 9}


def test_cache_keys_use_every_argument():
    calls = []

    def minus(a, b):
        calls.append((a, b))
        return a - b

    fast = solution.memoize(minus)
    assert [fast(5, 2), fast(2, 5), fast(5, 2)] == [3, -3, 3]
    assert calls == [(5, 2), (2, 5)]


def test_exceptions_are_not_cached():
    calls = []

    def inverse(x):
        calls.append(x)
        return 1 / x

    fast = solution.memoize(inverse)
    for _ in range(2):
        with pytest.raises(ZeroDivisionError):
            fast(0)
    assert fast(4) == 0.25
    assert calls == [0, 0, 4]
    assert fast.cache == {(4,): 0.25}


def test_fib_is_linear():
    assert solution.fib(300) == FIB_300
    assert len(solution.fib.cache) == 301
    assert solution.fib.__name__ == "fib"


@settings(max_examples=25)
@given(st.lists(st.integers(-3, 3), max_size=12))
def test_each_argument_computed_once(arguments):
    calls = []

    def cube(x):
        calls.append(x)
        return x ** 3

    fast = solution.memoize(cube)
    assert [fast(x) for x in arguments] == [x ** 3 for x in arguments]
    assert calls == list(dict.fromkeys(arguments))
