from collections import OrderedDict

from hypothesis import Phase, given, settings, strategies as st

from solution import LRUCache


def test_membership_is_not_a_use():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert "a" in cache
    cache.put("c", 3)
    assert list(cache) == ["b", "c"]
    assert (cache.hits, cache.misses) == (0, 0)


def test_put_existing_key_refreshes():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)
    cache.put("c", 3)
    assert list(cache) == ["a", "c"]
    assert cache.get("a") == 10


def test_caches_do_not_share_entries():
    first = LRUCache(3)
    second = LRUCache(3)
    first.put("x", 1)
    assert "x" not in second
    assert len(second) == 0


def test_initial_entries_are_copied():
    initial = {"a": 1, "b": 2, "c": 3}
    cache = LRUCache(2, initial)
    assert list(cache) == ["b", "c"]
    cache.put("d", 4)
    assert initial == {"a": 1, "b": 2, "c": 3}
    other = LRUCache(2, initial)
    assert list(other) == ["b", "c"]


def test_falsy_values_are_hits():
    cache = LRUCache(2)
    cache.put("zero", 0)
    assert cache.get("zero", "missing") == 0
    assert (cache.hits, cache.misses) == (1, 0)


operations = st.lists(
    st.one_of(
        st.tuples(st.just("put"), st.integers(0, 5), st.integers(0, 99)),
        st.tuples(st.just("get"), st.integers(0, 5)),
    ),
    max_size=12,
)


@settings(max_examples=15, phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking: keep it fast
@given(st.integers(1, 3), operations)
def test_behaves_like_a_model(capacity, ops):
    cache = LRUCache(capacity)
    model = OrderedDict()
    for op in ops:
        if op[0] == "put":
            _, key, value = op
            cache.put(key, value)
            model[key] = value
            model.move_to_end(key)
            if len(model) > capacity:
                model.popitem(last=False)
        else:
            _, key = op
            expected = model.get(key, -1)
            if key in model:
                model.move_to_end(key)
            assert cache.get(key, -1) == expected
    assert list(cache) == list(model)
