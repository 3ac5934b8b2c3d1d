import pytest
import solution
from helper_mod import VALUE

def test_hierarchy():
    with pytest.raises(solution.Base) as e:
        solution.boom()
    assert e.value.key == "k"
    assert isinstance(e.value, LookupError)
    assert issubclass(solution.Child, solution.Base)
    assert str(e.value.__cause__) == "inner"
    assert VALUE == 42

def test_unicode():
    with pytest.raises(ValueError):
        solution.decode()
    with pytest.raises(UnicodeDecodeError):
        solution.decode()

def test_suppressor_cannot_hide_failures():
    with solution.Suppressor():
        assert 1 == 2

def test_suppressor_may_suppress_test_raised_errors():
    with solution.Suppressor():
        raise KeyError("x")

def test_identity():
    assert solution.tag() is solution.tag()

def test_counter():
    assert solution.counts() == {"h": 1, "e": 1, "l": 2, "o": 1}

def test_threads():
    assert solution.threads() == 8


def test_builtin_classes_can_be_passed():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise ValueError("not yet")
        return "done"

    assert solution.retry(5, on=(ValueError,))(flaky) == "done"
    assert len(calls) == 3


class MyError(Exception):
    pass


def test_the_tests_own_exception_comes_back_through_the_learner():
    def boom():
        raise MyError("custom")

    with pytest.raises(MyError, match="custom"):
        solution.call(boom)
