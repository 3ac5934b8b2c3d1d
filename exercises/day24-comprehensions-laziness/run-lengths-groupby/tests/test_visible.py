from solution import expand, longest_run, run_lengths


def test_run_lengths_of_a_string():
    assert run_lengths("aaabccdd") == [("a", 3), ("b", 1), ("c", 2), ("d", 2)]


def test_longest_run():
    assert longest_run("abbbcccd") == ("b", 3)
    assert longest_run([]) is None


def test_expand():
    assert list(expand([("a", 2), ("b", 1)])) == ["a", "a", "b"]
