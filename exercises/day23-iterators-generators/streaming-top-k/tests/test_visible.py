from solution import top_k


def test_largest_first():
    assert top_k([5, 1, 9, 3, 7], 3) == [9, 7, 5]


def test_duplicates_count():
    assert top_k([4, 1, 4, 4, 2], 2) == [4, 4]


def test_fewer_values_than_k():
    assert top_k([2, 8, 5], 10) == [8, 5, 2]
