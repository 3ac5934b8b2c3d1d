import pytest
from hypothesis import given, settings, strategies as st

import solution


def test_each_field_reads_its_own_value():
    Color = solution.record_class("Color", ["red", "green", "blue"])
    c = Color(10, 20, 30)
    assert (c.red, c.green, c.blue) == (10, 20, 30)


def test_instances_keep_their_own_values():
    Pair = solution.record_class("Pair", ["left", "right"])
    a = Pair(1, 2)
    b = Pair(3, 4)
    assert (a.left, a.right, b.left, b.right) == (1, 2, 3, 4)
    assert repr(a) == "Pair(left=1, right=2)"


def test_fields_are_read_only():
    Point = solution.record_class("Point", ["x", "y"])
    p = Point(1, 2)
    with pytest.raises(AttributeError):
        p.x = 10
    assert p.x == 1


def test_wrong_number_of_values():
    Point = solution.record_class("Point", ["x", "y"])
    with pytest.raises(TypeError):
        Point(1)
    with pytest.raises(TypeError):
        Point(1, 2, 3)
    Empty = solution.record_class("Empty", [])
    assert repr(Empty()) == "Empty()"


def test_equality():
    Point = solution.record_class("Point", ["x", "y"])
    Size = solution.record_class("Size", ["x", "y"])
    assert Point(1, 2) == Point(1, 2)
    assert not (Point(1, 2) == Point(2, 1))
    assert not (Point(1, 2) == Size(1, 2))


names = st.lists(st.sampled_from(["a", "b", "count", "name", "value", "z9"]), unique=True, max_size=5)


@settings(max_examples=20)
@given(names, st.data())
def test_any_fields_property(fields, data):
    values = data.draw(st.lists(st.one_of(st.integers(-9, 9), st.text("ab", max_size=2)),
                                min_size=len(fields), max_size=len(fields)))
    Record = solution.record_class("Rec", fields)
    r = Record(*values)
    assert [getattr(r, f) for f in fields] == values
    assert repr(r) == "Rec(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, values)) + ")"
    assert Record.fields == tuple(fields)
