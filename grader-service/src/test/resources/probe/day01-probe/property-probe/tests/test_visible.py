from solution import reverse


def test_reverse():
    assert reverse([1, 2, 3]) == [3, 2, 1]
