import pytest
from hypothesis import given, settings, strategies as st

from solution import group_by, invert


def test_groups_are_separate_lists():
    groups = dict(group_by(["x1", "y1", "x2"], key=lambda s: s[0]))
    assert groups == {"x": ["x1", "x2"], "y": ["y1"]}
    assert groups["x"] is not groups["y"]


def test_non_consecutive_items_are_grouped():
    records = [("eu", 1), ("us", 2), ("eu", 3), ("asia", 4), ("us", 5)]
    assert dict(group_by(records, key=lambda r: r[0])) == {
        "eu": [("eu", 1), ("eu", 3)], "us": [("us", 2), ("us", 5)], "asia": [("asia", 4)],
    }


def test_keys_in_first_appearance_order():
    assert list(dict(group_by("banana"))) == ["b", "a", "n"]


def test_missing_key_raises_key_error():
    groups = group_by([1, 2, 3], key=lambda n: n % 2)
    with pytest.raises(KeyError):
        groups[5]


def test_empty_input():
    assert dict(group_by([])) == {}
    assert dict(invert({})) == {}


def test_invert_keeps_every_key():
    assert dict(invert({1: "a", 2: "a", 3: "a"})) == {"a": [1, 2, 3]}
    assert dict(invert({"x": 0, "y": 1, "z": 0, "w": 1})) == {0: ["x", "z"], 1: ["y", "w"]}


@settings(max_examples=30)
@given(st.lists(st.integers(0, 30), max_size=25))
def test_group_by_property(values):
    groups = dict(group_by(values, key=lambda n: n % 4))
    assert sorted(x for members in groups.values() for x in members) == sorted(values)
    for k, members in groups.items():
        assert members == [v for v in values if v % 4 == k]
