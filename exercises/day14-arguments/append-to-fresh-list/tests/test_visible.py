from solution import append_to


def test_append_to_new_list():
    assert append_to(1) == [1]


def test_append_to_given_list():
    mine = ["a"]
    result = append_to("b", mine)
    assert mine == ["a", "b"]
    assert result is mine


def test_second_call_starts_fresh():
    append_to(1)
    assert append_to(2) == [2]
