from hypothesis import given, settings, strategies as st

from solution import index_of, make_counter, make_multipliers, remove_all


def test_each_multiplier_keeps_its_own_factor():
    funcs = make_multipliers(5)
    assert [f(3) for f in funcs] == [0, 3, 6, 9, 12]
    assert funcs[1](7) == 7


def test_counters_are_independent():
    c1 = make_counter()
    c2 = make_counter(100)
    assert [c1(), c1(), c2(), c1(), c2()] == [1, 2, 101, 3, 102]


def test_index_of_compares_values_not_identity():
    assert index_of(["apple", "pear", "fig"], "pear") == 1
    assert index_of([10**6, 2 * 10**6, 3 * 10**6], 2 * 10**6) == 1
    assert index_of([[1, 2], [3, 4]], [3, 4]) == 1
    assert index_of([0.5, 2.5], 2.5) == 1


def test_remove_adjacent_duplicates():
    numbers = [1, 2, 2, 3, 2, 2]
    remove_all(numbers, 2)
    assert numbers == [1, 3]


def test_remove_keeps_the_same_list_object():
    numbers = [4, 5, 4]
    alias = numbers
    remove_all(numbers, 4)
    assert alias == [5]


@settings(max_examples=30)
@given(st.lists(st.integers(0, 3), max_size=15), st.integers(0, 3))
def test_remove_all_property(values, value):
    items = list(values)
    remove_all(items, value)
    assert items == [v for v in values if v != value]
