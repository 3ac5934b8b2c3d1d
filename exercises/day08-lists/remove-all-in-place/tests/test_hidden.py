from hypothesis import given, settings, strategies as st

import solution


def test_adjacent_occurrences():
    items = [2, 2, 1, 2, 2, 3]
    assert solution.remove_all(items, 2) == 4
    assert items == [1, 3]


def test_caller_sees_the_change():
    items = ["a", "b", "a"]
    alias = items
    solution.remove_all(items, "a")
    assert alias == ["b"]


def test_equal_values_are_removed():
    items = [1, 1.0, "1", True, 2]
    assert solution.remove_all(items, 1) == 3
    assert items == ["1", 2]


def test_everything_removed():
    items = [7, 7, 7]
    assert solution.remove_all(items, 7) == 3
    assert items == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 3), max_size=10), st.integers(0, 3))
def test_random_lists(items, value):
    expected = [item for item in items if item != value]
    removed = len(items) - len(expected)
    assert solution.remove_all(items, value) == removed
    assert items == expected
