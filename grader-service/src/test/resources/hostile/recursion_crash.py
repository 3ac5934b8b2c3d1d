import sys


def attack():
    # Raising the recursion limit lets C-level recursion (repr of a deeply nested list) overflow the C stack.
    sys.setrecursionlimit(10**6)
    nested = []
    for _ in range(10**6):
        nested = [nested]
    return repr(nested)
