class LRUCache:
    # A dict default "for convenience": created once, when def runs, and then used as the storage of every
    # cache created without `initial` -- and the caller's dict is used as storage when one is given.
    def __init__(self, capacity, initial={}):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._data = initial
        while len(self._data) > self.capacity:
            del self._data[next(iter(self._data))]

    def put(self, key, value):
        self._data.pop(key, None)
        self._data[key] = value
        if len(self._data) > self.capacity:
            del self._data[next(iter(self._data))]

    def get(self, key, default=None):
        if key in self._data:
            self.hits += 1
            self._data[key] = self._data.pop(key)
            return self._data[key]
        self.misses += 1
        return default

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))
