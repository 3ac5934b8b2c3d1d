"""Unit tests of the supervisor's pytest plugin helpers; they run inside the sandbox image."""

from pygrade_runner.plugin import counterexample

LONGREPR = """    @given(st.lists(st.integers()))
    def test_reverse_twice_is_identity(items):
>       assert solution.reverse(solution.reverse(items)) == items
E       assert [0, -1] == [-1, 0]
E       Falsifying example: test_reverse_twice_is_identity(
E           items=[-1, 0],
E       )

tests/test_hidden.py:11: AssertionError"""


def test_extracts_the_generated_counterexample_without_pytest_margins():
    assert counterexample(LONGREPR) == "Falsifying example: test_reverse_twice_is_identity(\n    items=[-1, 0],\n)"


def test_one_line_counterexample():
    assert counterexample("E       Falsifying example: test_x(n=3)\nE       more") == "Falsifying example: test_x(n=3)"


def test_never_returns_an_explicit_example_written_by_the_author():
    text = LONGREPR.replace("Falsifying example:", "Falsifying explicit example:")
    assert counterexample(text) is None


def test_nothing_without_hypothesis():
    assert counterexample("E       assert 1 == 2") is None
