from hypothesis import Phase, given, settings, strategies as st

import solution


def test_equal_but_distinct_objects():
    items = [[1], [1], [1]]
    assert solution.group_by_identity(items) == [[0], [1], [2]]
    assert items == [[1], [1], [1]]


def test_empty_containers_are_distinct():
    assert solution.group_by_identity([[], [], {}, set(), {}]) == [[0], [1], [2], [3], [4]]


def test_multiplied_rows_are_one_object():
    assert solution.group_by_identity([[0] * 2] * 3) == [[0, 1, 2]]
    assert solution.group_by_identity([[0] * 2 for _ in range(3)]) == [[0], [1], [2]]


def test_interleaved_aliases():
    a, b, c = [1], {"x": 1}, {2, 3}
    assert solution.group_by_identity([b, a, c, a, b, c, c]) == [[0, 4], [1, 3], [2, 5, 6]]


# No shrinking: each shrinking step would call the learner's code again, through the sandbox.
@settings(max_examples=50, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(
    contents=st.lists(st.lists(st.integers(0, 2), max_size=2), min_size=1, max_size=5),
    picks=st.lists(st.integers(0, 4), max_size=12),
)
def test_random_pools(contents, picks):
    pool = [list(c) for c in contents]  # distinct objects, often with equal values
    items = [pool[p % len(pool)] for p in picks]
    groups = {}
    for position, item in enumerate(items):
        groups.setdefault(id(item), []).append(position)
    assert solution.group_by_identity(items) == list(groups.values())
