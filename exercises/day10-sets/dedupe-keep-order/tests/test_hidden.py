from hypothesis import Phase, given, settings, strategies as st

import solution


def test_order_is_first_appearance():
    assert solution.dedupe([5, 4, 3, 2, 1, 5, 4]) == [5, 4, 3, 2, 1]
    assert solution.dedupe([30, 2, 17, 2, 30]) == [30, 2, 17]


def test_equal_values_are_duplicates():
    result = solution.dedupe([1, True, 1.0, "1", (1, 2), (1, 2)])
    assert result == [1, "1", (1, 2)]
    assert type(result[0]) is int


def test_input_is_not_modified():
    items = [2, 2, 1]
    result = solution.dedupe(items)
    assert items == [2, 2, 1]
    assert result is not items


# No shrinking: each shrinking step would call the learner's code again, through the sandbox.
@settings(max_examples=60, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.lists(st.integers(0, 20), max_size=15))
def test_random_lists(items):
    assert solution.dedupe(items) == list(dict.fromkeys(items))


def test_large_input_is_fast():
    items = [(i * 37) % 100_000 for i in range(150_000)]
    expected = list(dict.fromkeys(items))
    result = solution.dedupe(items)
    # not `assert result == expected`: on failure pytest would spend minutes diffing the two long lists
    same = result == expected
    assert same, "wrong result for 150000 items"
