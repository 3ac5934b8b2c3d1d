import pytest
from hypothesis import given, settings, strategies as st

import solution


def test_lines_after_end_are_ignored():
    assert solution.parse_settings(["a = 1", "  END  ", "garbage", "b = 2"]) == {"a": "1"}


def test_malformed_line_reports_its_number():
    with pytest.raises(ValueError, match=r"^line 4:"):
        solution.parse_settings(["a = 1", "# note", "", "oops", "END"])
    with pytest.raises(ValueError, match=r"^line 1:"):
        solution.parse_settings([" = value", "END"])


def test_only_comments_is_missing_end():
    with pytest.raises(ValueError, match="missing END"):
        solution.parse_settings(["# just a comment", "", "   "])
    with pytest.raises(ValueError, match="missing END"):
        solution.parse_settings([])


def test_values_keep_equals_and_later_keys_win():
    lines = ["url = http://x/?a=b", "mode=fast", "mode = slow", "empty =", "#END", "END"]
    assert solution.parse_settings(lines) == {"url": "http://x/?a=b", "mode": "slow", "empty": ""}


def test_find_first_returns_the_very_first_match():
    grid = [[0, 0, 0], [0, 7, 7], [7, 0, 0], [0, 0, 7]]
    assert solution.find_first(grid, 7) == (1, 1)
    assert solution.find_first(grid, 5) is None
    assert solution.find_first([], 1) is None
    assert solution.find_first([[], [1]], 1) == (1, 0)


@settings(max_examples=40)
@given(st.lists(st.lists(st.integers(0, 3), max_size=4), max_size=5), st.integers(0, 3))
def test_find_first_property(grid, target):
    expected = next(((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == target), None)
    assert solution.find_first(grid, target) == expected
