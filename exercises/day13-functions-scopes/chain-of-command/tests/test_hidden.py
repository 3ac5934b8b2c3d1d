import pytest
from hypothesis import given, settings, strategies as st

import solution

ORG = {"bob": "ann", "cid": "bob", "dee": "bob", "eve": "dee"}


def test_top_and_outsiders():
    assert solution.chain_of_command("ann", ORG) == ["ann"]
    assert solution.depth("ann", ORG) == 0
    assert solution.depth("zed", ORG) == 0
    assert solution.chain_of_command("solo", {}) == ["solo"]


def test_repeated_calls_on_the_same_chart():
    assert solution.chain_of_command("eve", ORG) == ["eve", "dee", "bob", "ann"]
    assert solution.depth("cid", ORG) == 2
    assert solution.depth("eve", ORG) == 3
    assert solution.chain_of_command("bob", ORG) == ["bob", "ann"]


def test_cycles_anywhere_in_the_chain():
    with pytest.raises(ValueError):
        solution.chain_of_command("a", {"a": "b", "b": "c", "c": "b"})
    with pytest.raises(ValueError):
        solution.depth("me", {"me": "me"})
    assert solution.depth("ok", {"ok": "top"}) == 1


def test_deep_chain():
    n = 5000
    manager_of = {f"e{i}": f"e{i - 1}" for i in range(1, n)}
    assert solution.depth(f"e{n - 1}", manager_of) == n - 1
    chain = solution.chain_of_command(f"e{n - 1}", manager_of)
    assert len(chain) == n and chain[0] == f"e{n - 1}" and chain[-1] == "e0"


@settings(max_examples=30)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=30))
def test_depth_matches_position_in_a_line(parents):
    # Person i reports to a person with a smaller number: no cycles.
    manager_of = {f"p{i}": f"p{min(p, i - 1)}" for i, p in enumerate(parents) if i > 0}
    for i in range(len(parents)):
        chain = solution.chain_of_command(f"p{i}", manager_of)
        assert chain[-1] == "p0"
        assert solution.depth(f"p{i}", manager_of) == len(chain) - 1
