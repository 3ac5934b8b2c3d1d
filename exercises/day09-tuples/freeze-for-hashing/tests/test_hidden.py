from hypothesis import Phase, given, settings, strategies as st

import solution


def test_frozen_deep_structure_is_hashable():
    data = {"user": {"name": "ann", "roles": ["admin", ["nested", {"deep": [1, 2]}]]}, "ids": {3, 4}}
    frozen = solution.freeze(data)
    hash(frozen)
    cache = {frozen: "cached"}
    assert cache[solution.freeze(data)] == "cached"


def test_equal_dicts_freeze_equal():
    first = solution.freeze({"a": 1, "b": [2]})
    second = solution.freeze({"b": [2], "a": 1})
    assert first == second
    assert hash(first) == hash(second)


def test_sets_and_tuples():
    assert solution.freeze({1, 2}) == frozenset({1, 2})
    assert solution.freeze([{1}, frozenset({2})]) == (frozenset({1}), frozenset({2}))
    assert solution.freeze((1, [2], ())) == (1, (2,), ())


def test_input_is_not_modified():
    data = {"k": [1, [2]], "s": {3}}
    solution.freeze(data)
    assert data == {"k": [1, [2]], "s": {3}}


def test_count_distinct_records():
    records = [{"id": 1, "tags": ["x"]}, {"tags": ["x"], "id": 1}, {"id": 2, "tags": []}, {"id": 1, "tags": ["x"]}]
    assert solution.count_distinct(records) == 2
    assert solution.count_distinct([[1, [2]], [1, [2]], [1, [3]]]) == 2
    assert solution.count_distinct([]) == 0


json_like = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(alphabet="ab", max_size=2)),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(alphabet="xyz", max_size=2), children, max_size=3),
    ),
    max_leaves=8,
)


def reordered(value):
    """An equal copy of value with every dict's keys inserted in reverse order."""
    if isinstance(value, list):
        return [reordered(item) for item in value]
    if isinstance(value, dict):
        return {key: reordered(value[key]) for key in reversed(list(value))}
    return value


# No shrinking: each shrinking step would call the learner's code again, through the sandbox.
@settings(max_examples=40, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(json_like)
def test_equal_values_freeze_equal(value):
    copy = reordered(value)
    frozen, frozen_copy = solution.freeze(value), solution.freeze(copy)
    assert frozen == frozen_copy
    assert hash(frozen) == hash(frozen_copy)
