from hypothesis import given, settings, strategies as st

import solution
from solution import top_k


def expected_readings(n, seed=2024):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 7


def test_works_on_a_one_shot_generator():
    expected = sorted(expected_readings(1000), reverse=True)[:10]
    assert top_k(solution.readings(1000), 10) == expected


def test_generator_smaller_than_k():
    expected = sorted(expected_readings(5, seed=7), reverse=True)
    assert top_k(solution.readings(5, seed=7), 8) == expected


def test_edge_cases():
    assert top_k([], 3) == []
    assert top_k([3, 1, 2], 0) == []
    assert top_k([-5, -1, -3], 2) == [-1, -3]


@settings(max_examples=40)
@given(st.lists(st.integers(-50, 50), max_size=30), st.integers(0, 35))
def test_matches_sorting(values, k):
    assert top_k(values, k) == sorted(values, reverse=True)[:k]


def test_long_stream_in_little_memory():
    # Four million readings do not fit in the memory limit as a list; the five largest do.
    assert top_k(solution.readings(4_000_000), 5) == [16777201, 16777197, 16777195, 16777195, 16777190]
