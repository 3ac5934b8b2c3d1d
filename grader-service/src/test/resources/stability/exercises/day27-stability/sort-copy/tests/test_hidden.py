import solution


def test_exists_too():
    assert callable(solution.sorted_copy)
