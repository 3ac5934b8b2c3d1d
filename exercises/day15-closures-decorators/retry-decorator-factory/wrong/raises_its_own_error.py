import functools


class RetryError(Exception):
    """All attempts failed."""


def retry(times):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(times):
                try:
                    return func(*args, **kwargs)
                except Exception:
                    pass
            raise RetryError(f"{func.__name__} failed {times} times")

        return wrapper

    return decorator
