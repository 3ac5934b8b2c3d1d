class Chunks:
    def __init__(self, data, size):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.data = data
        self.size = size

    def __len__(self):
        return -(-len(self.data) // self.size)

    def __iter__(self):
        return ChunkIterator(self.data, self.size)


class ChunkIterator:
    # Has __next__ -- enough for `for chunk in chunks` -- but no __iter__, so the iterator itself is not
    # iterable: list(it), for x in it, zip(it, ...) all fail.
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.start = 0

    def __next__(self):
        if self.start >= len(self.data):
            raise StopIteration
        chunk = self.data[self.start:self.start + self.size]
        self.start += self.size
        return chunk
