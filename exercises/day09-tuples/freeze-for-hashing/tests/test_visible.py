from solution import freeze


def test_freeze_nested_lists():
    assert freeze([1, 2, [3, 4]]) == (1, 2, (3, 4))


def test_freeze_dict():
    assert freeze({"a": [1, 2]}) == frozenset({("a", (1, 2))})


def test_freeze_scalars():
    assert freeze("text") == "text"
    assert freeze(5) == 5
    assert freeze(None) is None
