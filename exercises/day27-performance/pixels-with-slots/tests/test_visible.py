import pytest

from solution import Canvas, Pixel


def test_new_canvas_is_background():
    canvas = Canvas(3, 2)
    assert canvas.count("white") == 6
    assert canvas.count("red") == 0


def test_paint_and_read_back():
    canvas = Canvas(3, 2, background="black")
    canvas.paint(2, 1, "red")
    assert repr(canvas.pixel(2, 1)) == "Pixel(2, 1, 'red')"
    assert canvas.count("black") == 5
    assert canvas.count("red") == 1


def test_outside_the_canvas():
    canvas = Canvas(3, 2)
    with pytest.raises(IndexError):
        canvas.pixel(3, 0)
    with pytest.raises(IndexError):
        canvas.pixel(0, -1)


def test_pixel_attributes():
    p = Pixel(4, 5, "blue")
    assert (p.x, p.y, p.color) == (4, 5, "blue")
