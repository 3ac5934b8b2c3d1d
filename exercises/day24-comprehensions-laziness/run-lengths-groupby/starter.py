import itertools


def run_lengths(iterable):
    """[(value, count), ...] for each run of equal consecutive values."""
    raise NotImplementedError


def longest_run(iterable):
    """(value, count) of the first longest run, or None if iterable is empty."""
    raise NotImplementedError


def expand(pairs):
    """A lazy iterator over the values described by (value, count) pairs."""
    raise NotImplementedError
