class LRUCache:
    def __init__(self, capacity, initial=None):
        raise NotImplementedError

    def put(self, key, value):
        raise NotImplementedError

    def get(self, key, default=None):
        raise NotImplementedError

    # __len__, __contains__ and __iter__ too
