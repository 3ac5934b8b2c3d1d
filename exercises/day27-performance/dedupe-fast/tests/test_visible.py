from solution import common, dedupe


def test_dedupe_keeps_first_occurrences_in_order():
    assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]


def test_dedupe_strings():
    assert dedupe(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]


def test_common_in_order_of_first_list():
    assert common([5, 1, 4, 1, 2], [2, 4, 4, 9]) == [4, 2]
