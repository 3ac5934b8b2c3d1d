import functools
import operator


def total(items):
    return functools.reduce(operator.add, items, 0)
