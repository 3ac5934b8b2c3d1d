import functools


def memoize(func):
    """Cache func's results by positional arguments; keep func's name, doc and __wrapped__."""
    raise NotImplementedError


@memoize
def fib(n):
    """The n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
