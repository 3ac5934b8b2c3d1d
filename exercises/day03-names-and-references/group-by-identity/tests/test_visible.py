from solution import group_by_identity


def test_one_object_listed_twice():
    a = [1, 2]
    b = {"k": 1}
    assert group_by_identity([a, b, a]) == [[0, 2], [1]]


def test_all_different_objects():
    assert group_by_identity([[1], [2], [3]]) == [[0], [1], [2]]


def test_empty_list():
    assert group_by_identity([]) == []
