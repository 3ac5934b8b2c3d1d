"""Unit tests of the value encoding; they run inside the sandbox image (RunnerUnitTestsTest)."""

import math

import pytest

from pygrade_runner import wire


def no_objects(value):
    raise AssertionError(f"unexpected object {value!r}")


def no_tags(tag, body):
    raise wire.WireError(f"unexpected tag {tag}")


def roundtrip(value):
    return wire.decode(wire.encode(value, no_objects), no_tags)


@pytest.mark.parametrize(
    "value",
    [None, True, 0, -7, 10**50, 1.5, "é\n", b"\x00\xff", (1, (2,)), frozenset({1, 2}), {1, 2}, {"a": [1]},
     {(1, 2): "t"}, 1 + 2j, [], [[], {}], -0.0, float("inf")],
)
def test_plain_values_survive(value):
    result = roundtrip(value)
    assert result == value
    assert type(result) is type(value)


def test_nan_survives():
    assert math.isnan(roundtrip(float("nan")))


def test_aliasing_survives():
    row = [0, 0]
    grid = [row] * 3
    copy = roundtrip(grid)
    copy[0][0] = 9
    assert copy == [[9, 0], [9, 0], [9, 0]]
    assert copy[0] is copy[2]


def test_independent_rows_stay_independent():
    copy = roundtrip([[0, 0] for _ in range(3)])
    copy[0][0] = 9
    assert copy == [[9, 0], [0, 0], [0, 0]]


def test_cycles_survive():
    a = []
    a.append(a)
    b = roundtrip(a)
    assert b[0] is b
    d = {}
    d["self"] = d
    e = roundtrip(d)
    assert e["self"] is e


def test_standard_mappings_keep_their_type():
    import collections

    counts = roundtrip(collections.Counter("abca"))
    assert type(counts) is collections.Counter and counts["a"] == 2 and counts["z"] == 0
    ordered = roundtrip(collections.OrderedDict([(2, "b"), (1, "a")]))
    assert type(ordered) is collections.OrderedDict and list(ordered) == [2, 1]
    groups = roundtrip(collections.defaultdict(list, {"x": [1]}))
    assert type(groups) is collections.defaultdict and groups.default_factory is list
    groups["missing"].append(2)
    assert groups == {"x": [1], "missing": [2]}


def test_a_defaultdict_with_a_learner_factory_is_not_plain():
    import collections

    seen = []
    wire.encode(collections.defaultdict(lambda: 0), lambda value: seen.append(value) or {"$handle": 1})
    assert len(seen) == 1


def test_subclasses_are_not_plain():
    class Sneaky(int):
        def __eq__(self, other):
            return True

    seen = []
    wire.encode([Sneaky(1)], lambda value: seen.append(value) or {"$handle": 1})
    assert len(seen) == 1


@pytest.mark.parametrize(
    "data",
    [{"$alias": 5}, {"$float": "1e3"}, {"$set": [[1]]}, {"$dict": [[1]]}, {"a": 1, "b": 2}, {"$bytes": "!!"},
     {"$tuple": 3},
     {"$defaultdict": [[1, 2]]}, {"$defaultdict": {"factory": "eval", "items": []}}, {"$counter": 1}],
)
def test_malformed_values_are_refused(data):
    with pytest.raises(wire.WireError):
        wire.decode(data, no_tags)


def test_deep_nesting_is_refused():
    deep = []
    for _ in range(200):
        deep = [deep]
    with pytest.raises(wire.WireError):
        wire.encode(deep, no_objects)


def test_frames_reject_non_objects_and_oversize(tmp_path):
    import os
    import struct

    read_fd, write_fd = os.pipe()
    os.write(write_fd, struct.pack(">I", 2) + b"[]")
    reader = wire.FrameReader(read_fd)
    reader.feed()
    with pytest.raises(wire.WireError):
        reader.next_frame()
    os.write(write_fd, struct.pack(">I", wire.MAX_FRAME + 1))
    reader.feed()
    with pytest.raises(wire.WireError):
        reader.next_frame()


def test_flat_containers_cross_whole_and_exact():
    import collections

    items = [3, True, None, "x", 10**30, False, 0]
    copy = roundtrip(items)
    assert copy == items and [type(i) for i in copy] == [type(i) for i in items]
    counts = roundtrip(collections.Counter({"b": 2, "a": 5}))
    assert type(counts) is collections.Counter and list(counts.items()) == [("b", 2), ("a", 5)]
    ordered = roundtrip(collections.OrderedDict([(2, "b"), (1, "a")]))
    assert type(ordered) is collections.OrderedDict and list(ordered) == [2, 1]
    assert roundtrip({1, 2, 3}) == {1, 2, 3}
    floats = roundtrip([1.5, float("inf"), -0.0])
    assert floats[1] == float("inf") and math.copysign(1.0, floats[2]) < 0


@pytest.mark.parametrize(
    "data",
    [{"$dict": ["ab"]}, {"$dict": [[1, 2, 3]]}, {"$counter": [[[1], 2]]}, {"$ordereddict": [[1]]}],
)
def test_malformed_flat_pairs_are_refused(data):
    with pytest.raises(wire.WireError):
        wire.decode(data, no_tags)


def test_flat_lists_at_the_depth_limit_are_refused():
    deep = [1, 2]
    for _ in range(wire.MAX_DEPTH):
        deep = [deep]
    with pytest.raises(wire.WireError):
        wire.encode(deep, no_objects)
    data = [1, 2]
    for _ in range(wire.MAX_DEPTH):
        data = [data]
    with pytest.raises(wire.WireError):
        wire.decode(data, no_tags)


def test_complex_numbers_with_special_parts_survive():
    for value in (complex(float("inf"), -0.0), complex(-0.0, float("-inf"))):
        result = roundtrip(value)
        assert type(result) is complex and result == value
        assert math.copysign(1.0, result.real) == math.copysign(1.0, value.real)
        assert math.copysign(1.0, result.imag) == math.copysign(1.0, value.imag)
    result = roundtrip(complex(float("nan"), 1.0))
    assert math.isnan(result.real) and result.imag == 1.0
