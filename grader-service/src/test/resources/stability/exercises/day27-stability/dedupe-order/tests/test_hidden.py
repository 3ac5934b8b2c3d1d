import solution


def test_exists_too():
    assert callable(solution.dedupe)
