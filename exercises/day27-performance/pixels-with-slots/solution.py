class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Pixel(Point):
    __slots__ = ("color",)

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
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"({x}, {y}) is outside the canvas")
        return self.pixels[x * self.height + y]

    def paint(self, x, y, color):
        self.pixel(x, y).color = color

    def count(self, color):
        return sum(1 for p in self.pixels if p.color == color)
