class LRUCache:
    def __init__(self, capacity, initial=None):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._data = {}
        for key, value in (initial or {}).items():
            self.put(key, value)

    def put(self, key, value):
        self._data.pop(key, None)
        self._data[key] = value
        if len(self._data) > self.capacity:
            del self._data[next(iter(self._data))]

    def get(self, key, default=None):
        # Reads the value but leaves the order alone: the cache evicts the oldest *inserted* entry (FIFO).
        if key in self._data:
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return default

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))
