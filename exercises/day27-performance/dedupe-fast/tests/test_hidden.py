import random

from hypothesis import given, settings, strategies as st

from solution import common, dedupe


def test_edge_cases():
    assert dedupe([]) == []
    assert dedupe([7, 7, 7]) == [7]
    assert common([], [1, 2]) == []
    assert common([1, 2], []) == []
    assert common([1, 2, 2, 1], [1, 2]) == [1, 2]


def test_mixed_hashable_values():
    assert dedupe([(1, 2), "x", (1, 2), None, "x", 0, None]) == [(1, 2), "x", None, 0]


@settings(max_examples=40)
@given(st.lists(st.integers(0, 20), max_size=30), st.lists(st.integers(0, 20), max_size=30))
def test_matches_simple_definitions(a, b):
    expected = []
    for x in a:
        if x not in expected:
            expected.append(x)
    assert dedupe(a) == expected
    assert common(a, b) == [x for x in expected if x in b]


def test_dedupe_large_input_fast():
    rng = random.Random(27)
    # 80_000 distinct values, 100_000 items: a linear scan per item means billions of comparisons.
    items = [rng.randrange(1_000_000_000) for _ in range(80_000)]
    items += items[:20_000]
    rng.shuffle(items)
    assert dedupe(items) == list(dict.fromkeys(items))


def test_common_large_inputs_fast():
    rng = random.Random(28)
    # Half of a's 100 000 distinct values are in b: a scan of a per common value is billions of comparisons.
    a = rng.sample(range(10_000_000), 100_000)
    b = a[::2] + [rng.randrange(10_000_000, 20_000_000) for _ in range(50_000)]
    rng.shuffle(b)
    wanted = set(b)
    assert common(a, b) == [x for x in dict.fromkeys(a) if x in wanted]
