import pytest
from hypothesis import given, settings, strategies as st

import solution


def test_each_call_gets_its_own_attempts():
    failures_left = []

    def sometimes():
        if failures_left.pop():
            raise TimeoutError("slow")
        return "ok"

    safe = solution.retry(3)(sometimes)
    for _ in range(3):
        failures_left[:] = [False, True, True]  # fail, fail, succeed (pop takes from the end)
        assert safe() == "ok"


def test_exact_number_of_attempts():
    calls = []

    def always_fails(tag):
        calls.append(tag)
        raise KeyError(f"{tag} {len(calls)}")

    with pytest.raises(KeyError, match="x 4"):
        solution.retry(4)(always_fails)("x")
    assert calls == ["x"] * 4


def test_arguments_are_passed_through():
    seen = []

    def record(a, b=0, *rest, **options):
        seen.append((a, b, rest, options))
        return a + b

    fast = solution.retry(1)(record)
    assert fast(1, 2, 3, mode="x") == 3
    assert fast(5) == 5
    assert seen == [(1, 2, (3,), {"mode": "x"}), (5, 0, (), {})]


def test_wrapped_and_bad_times():
    def task():
        """A task."""

    decorated = solution.retry(2)(task)
    assert decorated.__wrapped__ is task
    with pytest.raises(ValueError):
        solution.retry(0)


@settings(max_examples=20)
@given(st.integers(1, 5), st.integers(0, 6))
def test_attempt_counting_property(times, failures):
    calls = []

    def unreliable():
        calls.append(1)
        if len(calls) <= failures:
            raise RuntimeError(f"failure {len(calls)}")
        return len(calls)

    decorated = solution.retry(times)(unreliable)
    if failures < times:
        assert decorated() == failures + 1
    else:
        with pytest.raises(RuntimeError, match=f"failure {times}$"):
            decorated()
        assert len(calls) == times
