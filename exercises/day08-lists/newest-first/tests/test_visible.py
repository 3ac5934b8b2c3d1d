from solution import newest_first


def test_reverses_and_filters():
    assert newest_first([5, -1, 7, 3]) == [3, 7, 5]


def test_all_invalid():
    assert newest_first([-2, -9]) == []


def test_empty():
    assert newest_first([]) == []
