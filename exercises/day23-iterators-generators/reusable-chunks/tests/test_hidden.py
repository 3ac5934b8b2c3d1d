import pytest
from hypothesis import given, settings, strategies as st

from solution import Chunks


def test_nested_loops_are_independent():
    c = Chunks([1, 2, 3], 2)
    pairs = [(a[0], b[0]) for a in c for b in c]
    assert pairs == [(1, 1), (1, 3), (3, 1), (3, 3)]


def test_iterator_is_iterable():
    it = iter(Chunks([1, 2, 3, 4, 5], 2))
    assert next(it) == [1, 2]
    assert list(it) == [[3, 4], [5]]


def test_exhausted_iterator_stays_exhausted():
    it = iter(Chunks("ab", 5))
    assert next(it) == "ab"
    with pytest.raises(StopIteration):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_edge_sizes():
    assert list(Chunks([], 3)) == []
    assert len(Chunks([], 3)) == 0
    assert list(Chunks([1, 2], 5)) == [[1, 2]]
    assert list(Chunks("abc", 1)) == ["a", "b", "c"]
    with pytest.raises(ValueError):
        Chunks([1], 0)


@settings(max_examples=40)
@given(st.lists(st.integers(0, 9), max_size=12), st.integers(1, 5))
def test_chunks_rebuild_the_data(data, size):
    c = Chunks(data, size)
    chunks = list(c)
    assert [x for chunk in chunks for x in chunk] == data
    assert all(len(chunk) == size for chunk in chunks[:-1])
    assert all(chunks)
    assert len(c) == len(chunks)
