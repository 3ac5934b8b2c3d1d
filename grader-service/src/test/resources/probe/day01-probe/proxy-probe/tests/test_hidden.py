import solution


def test_hidden_identity():
    assert solution.tag() is solution.tag()
