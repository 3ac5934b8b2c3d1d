import functools


def retry(func, times=3):
    # A decorator takes the function... and the number of tries as a second parameter.
    if times < 1:
        raise ValueError("times must be at least 1")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        for attempt in range(1, times + 1):
            try:
                return func(*args, **kwargs)
            except Exception:
                if attempt == times:
                    raise

    return wrapper
