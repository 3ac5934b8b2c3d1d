import solution


def test_many_calls_do_not_accumulate():
    results = [solution.append_to(n) for n in range(5)]
    assert results == [[0], [1], [2], [3], [4]]


def test_tally_starts_fresh():
    solution.tally("x")
    solution.tally("x")
    assert solution.tally("y") == {"y": 1}


def test_tally_updates_given_counts():
    counts = {"x": 2}
    result = solution.tally("x", counts)
    assert counts == {"x": 3}
    assert result is counts


def test_defaults_are_none():
    assert solution.append_to.__defaults__ == (None,)
    assert solution.tally.__defaults__ == (None,)
