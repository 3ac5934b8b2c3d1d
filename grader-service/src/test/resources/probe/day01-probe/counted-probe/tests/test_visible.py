from solution import dedupe


def test_keeps_first_occurrences():
    assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]
