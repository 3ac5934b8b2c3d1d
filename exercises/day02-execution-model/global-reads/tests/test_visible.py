from solution import global_reads


def test_constant_from_module():
    assert global_reads("PI = 3.14\ndef area(r):\n    return PI * r ** 2\n") == ["PI"]


def test_builtins_count_as_globals():
    assert global_reads("def mean(items):\n    return sum(items) / len(items)\n") == ["len", "sum"]


def test_parameters_and_locals_are_not_globals():
    assert global_reads("def double(n):\n    twice = n * 2\n    return twice\n") == []
