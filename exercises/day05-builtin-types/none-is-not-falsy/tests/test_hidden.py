from hypothesis import given, settings, strategies as st

import solution


def same(a, b):
    return type(a) is type(b) and a == b


def test_coalesce_keeps_falsy_values():
    assert same(solution.coalesce(None, 0, 5), 0)
    assert same(solution.coalesce("", "x"), "")
    assert same(solution.coalesce(None, False, True), False)
    assert same(solution.coalesce(None, [], [1], default=[2]), [])


def test_coalesce_returns_the_same_object():
    mine = []
    assert solution.coalesce(None, mine, default=[0]) is mine
    fallback = {}
    assert solution.coalesce(None, default=fallback) is fallback


values = st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.text(max_size=2), st.just(0.0))


@settings(max_examples=80, deadline=None)
@given(st.lists(values, max_size=5), values)
def test_coalesce_like_a_loop(args, default):
    expected = next((v for v in args if v is not None), default)
    assert same(solution.coalesce(*args, default=default), expected)


def test_kind_of_booleans():
    assert solution.kind_of(True) == "bool"
    assert solution.kind_of(False) == "bool"


def test_kind_of_falsy_values():
    assert solution.kind_of(0) == "number"
    assert solution.kind_of(0.0) == "number"
    assert solution.kind_of("") == "text"
    assert solution.kind_of([]) == "container"
    assert solution.kind_of({}) == "container"


def test_kind_of_everything():
    cases = {
        None: "none", 7: "number", -2.5: "number", 1j: "number", "0": "text", b"\x00": "binary",
        (1, 2): "container", frozenset({1}): "container",
    }
    for value, kind in cases.items():
        assert solution.kind_of(value) == kind, value
    assert solution.kind_of({1, 2}) == "container"
    assert solution.kind_of({"a": 1}) == "container"
