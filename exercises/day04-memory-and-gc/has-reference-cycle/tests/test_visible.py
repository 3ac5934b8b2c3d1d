from solution import has_cycle


def test_plain_nesting_has_no_cycle():
    assert has_cycle([1, [2, 3], {"k": [4]}]) is False


def test_list_that_contains_itself():
    a = [1, 2]
    a.append(a)
    assert has_cycle(a) is True


def test_dict_that_contains_itself():
    config = {"name": "x"}
    config["parent"] = config
    assert has_cycle(config) is True
