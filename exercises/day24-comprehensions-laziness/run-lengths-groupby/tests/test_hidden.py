import itertools

from hypothesis import given, settings, strategies as st

from solution import expand, longest_run, run_lengths


def test_runs_are_consecutive_only():
    assert run_lengths("aabaa") == [("a", 2), ("b", 1), ("a", 2)]
    assert run_lengths([1, 1, 2, 1]) == [(1, 2), (2, 1), (1, 1)]


def test_every_group_counted():
    assert run_lengths([7, 7, 7, 7]) == [(7, 4)]
    assert run_lengths("abc") == [("a", 1), ("b", 1), ("c", 1)]
    assert run_lengths("") == []


def test_longest_run_ties_and_separate_runs():
    assert longest_run("aabb") == ("a", 2)
    assert longest_run("abaaba") == ("a", 2)
    assert longest_run("x") == ("x", 1)


def test_expand_is_lazy():
    it = expand([("x", 10**12), ("y", 1)])
    assert list(itertools.islice(it, 3)) == ["x", "x", "x"]


def test_expand_skips_zero_counts():
    assert list(expand([("a", 0), ("b", 2), ("c", 0)])) == ["b", "b"]
    assert list(expand([])) == []


@settings(max_examples=40)
@given(st.lists(st.sampled_from("abc"), max_size=20))
def test_round_trip(values):
    pairs = run_lengths(values)
    assert list(expand(pairs)) == values
    assert all(a[0] != b[0] for a, b in zip(pairs, pairs[1:]))
