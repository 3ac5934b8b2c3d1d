from solution import group_by, invert


def test_group_by_key_function():
    words = ["apple", "avocado", "banana", "blueberry", "cherry"]
    assert dict(group_by(words, key=lambda w: w[0])) == {
        "a": ["apple", "avocado"], "b": ["banana", "blueberry"], "c": ["cherry"],
    }


def test_group_by_item_itself():
    assert dict(group_by([3, 1, 3, 2, 1])) == {3: [3, 3], 1: [1, 1], 2: [2]}


def test_invert():
    assert dict(invert({"ann": "admin", "bob": "user", "cid": "admin"})) == {"admin": ["ann", "cid"], "user": ["bob"]}
