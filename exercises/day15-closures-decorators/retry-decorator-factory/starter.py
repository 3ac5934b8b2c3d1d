import functools


def retry(times):
    """@retry(times): call the function up to `times` times until it does not raise."""
    raise NotImplementedError
