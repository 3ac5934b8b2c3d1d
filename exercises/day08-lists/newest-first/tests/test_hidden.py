from hypothesis import given, settings, strategies as st

import solution


def test_input_is_not_modified():
    readings = [1, 2, -3, 4]
    solution.newest_first(readings)
    assert readings == [1, 2, -3, 4]


def test_order_is_arrival_order_reversed():
    assert solution.newest_first([1, 9, 4, -1, 6]) == [6, 4, 9, 1]


def test_zero_is_valid():
    assert solution.newest_first([0, -1, 0]) == [0, 0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(-5, 20), max_size=12))
def test_random_readings(readings):
    original = list(readings)
    assert solution.newest_first(readings) == [r for r in reversed(original) if r >= 0]
    assert readings == original


def test_large_input_is_fast():
    readings = [(i * 7919) % 1000 - 50 for i in range(300_000)]
    expected = [r for r in reversed(readings) if r >= 0]
    result = solution.newest_first(readings)
    # not `assert result == expected`: on failure pytest would spend minutes diffing the two long lists
    same = result == expected
    assert same, "wrong result for 300000 readings"
