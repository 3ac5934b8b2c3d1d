class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Pixel(Point):
    def __init__(self, x, y, color):
        super().__init__(x, y)
        self.color = color

    def __repr__(self):
        return f"Pixel({self.x!r}, {self.y!r}, {self.color!r})"


class Canvas:
    def __init__(self, width, height, background="white"):
        self.width = width
        self.height = height
        self.pixels = [Pixel(x, y, background) for x in range(width) for y in range(height)]

    def pixel(self, x, y):
        """The Pixel at (x, y); IndexError outside the canvas."""
        raise NotImplementedError

    def paint(self, x, y, color):
        """Give the pixel at (x, y) a new color."""
        raise NotImplementedError

    def count(self, color):
        """How many pixels have this color."""
        raise NotImplementedError
