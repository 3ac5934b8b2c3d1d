from solution import remove_all


def test_removes_every_occurrence():
    items = [1, 2, 3, 2]
    assert remove_all(items, 2) == 2
    assert items == [1, 3]


def test_nothing_to_remove():
    names = ["ann", "bob"]
    assert remove_all(names, "zoe") == 0
    assert names == ["ann", "bob"]


def test_empty_list():
    items = []
    assert remove_all(items, 1) == 0
    assert items == []
