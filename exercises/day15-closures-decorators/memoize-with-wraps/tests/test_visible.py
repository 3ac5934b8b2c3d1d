from solution import fib, memoize


def test_results_are_cached():
    calls = []

    def square(x):
        calls.append(x)
        return x * x

    fast = memoize(square)
    assert [fast(3), fast(3), fast(4), fast(3)] == [9, 9, 16, 9]
    assert calls == [3, 4]


def test_keeps_name_and_doc():
    def area(width, height):
        """Area of a rectangle."""
        return width * height

    fast = memoize(area)
    assert fast(2, 3) == 6
    assert fast.__name__ == "area"
    assert fast.__doc__ == "Area of a rectangle."


def test_fib_small():
    assert [fib(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    assert fib(20) == 6765
