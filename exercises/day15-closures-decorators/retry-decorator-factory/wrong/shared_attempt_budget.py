import functools


def retry(times):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        remaining = times

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal remaining
            while True:
                try:
                    return func(*args, **kwargs)
                except Exception:
                    remaining -= 1
                    if remaining <= 0:
                        raise

        return wrapper

    return decorator
