import pytest

from solution import Canvas, Pixel, Point


def test_pixels_are_where_expected():
    canvas = Canvas(4, 3)
    p = canvas.pixel(3, 2)
    assert (p.x, p.y) == (3, 2)
    q = canvas.pixel(1, 0)
    assert (q.x, q.y) == (1, 0)
    canvas.paint(1, 0, "green")
    assert canvas.pixel(1, 0).color == "green"


def test_no_undeclared_attributes():
    p = Pixel(1, 2, "red")
    with pytest.raises(AttributeError):
        p.alpha = 0.5
    with pytest.raises(AttributeError):
        Point(1, 2).z = 3


def test_instances_have_no_dict():
    with pytest.raises(AttributeError):
        Pixel(1, 2, "red").__dict__


def test_many_pixels_fit_in_memory():
    # 2.5 million pixels: about 160 MB as slotted objects, more than the memory limit as ordinary ones.
    canvas = Canvas(10_000, 250)
    canvas.paint(9_999, 249, "red")
    canvas.paint(0, 0, "red")
    assert canvas.count("red") == 2
