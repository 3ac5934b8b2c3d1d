from solution import record_class


def test_fields_and_values():
    Point = record_class("Point", ["x", "y"])
    p = Point(1, 2)
    assert (p.x, p.y) == (1, 2)


def test_repr():
    Point = record_class("Point", ["x", "y"])
    assert repr(Point(1, "a")) == "Point(x=1, y='a')"


def test_class_name_and_fields():
    Point = record_class("Point", ["x", "y"])
    assert Point.__name__ == "Point"
    assert Point.fields == ("x", "y")
