from solution import Chunks


def test_list_chunks():
    assert list(Chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_string_chunks_are_strings():
    assert list(Chunks("abcdefg", 3)) == ["abc", "def", "g"]


def test_len():
    assert len(Chunks([1, 2, 3, 4, 5], 2)) == 3
    assert len(Chunks([1, 2, 3, 4], 2)) == 2


def test_iterate_twice():
    c = Chunks((1, 2, 3), 2)
    assert list(c) == [(1, 2), (3,)]
    assert list(c) == [(1, 2), (3,)]
