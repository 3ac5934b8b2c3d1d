import pytest

from solution import LRUCache


def test_get_refreshes_and_put_evicts():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)
    assert list(cache) == ["a", "c"]
    assert "b" not in cache


def test_hits_and_misses():
    cache = LRUCache(2)
    cache.put("a", 1)
    assert cache.get("a") == 1
    assert cache.get("zzz", 0) == 0
    assert cache.get("zzz") is None
    assert (cache.hits, cache.misses) == (1, 2)


def test_len_and_capacity():
    cache = LRUCache(3)
    for i in range(5):
        cache.put(i, i * i)
    assert len(cache) == 3
    assert list(cache) == [2, 3, 4]
    with pytest.raises(ValueError):
        LRUCache(0)
