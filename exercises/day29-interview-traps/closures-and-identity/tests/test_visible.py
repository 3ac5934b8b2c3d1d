from solution import index_of, make_counter, make_multipliers, remove_all


def test_multipliers():
    assert [f(10) for f in make_multipliers(3)] == [0, 10, 20]


def test_counter_counts():
    c = make_counter(100)
    assert [c(), c(), c()] == [101, 102, 103]


def test_index_of_small_values():
    assert index_of([5, 6, 7], 7) == 2
    assert index_of([1, 2], 3) == -1


def test_remove_all_changes_the_list():
    numbers = [1, 2, 3, 2]
    assert remove_all(numbers, 2) is None
    assert numbers == [1, 3]
