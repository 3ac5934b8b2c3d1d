import solution


def test_exists():
    assert callable(solution.dedupe)
