import solution


def test_empty():
    assert solution.dedupe([]) == []
