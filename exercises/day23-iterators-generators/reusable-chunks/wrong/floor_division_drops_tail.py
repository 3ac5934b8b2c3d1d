class Chunks:
    def __init__(self, data, size):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.data = data
        self.size = size

    # len(data) // size counts the full chunks only: the shorter last chunk is lost.
    def __len__(self):
        return len(self.data) // self.size

    def __iter__(self):
        return ChunkIterator(self.data, self.size, len(self))


class ChunkIterator:
    def __init__(self, data, size, count):
        self.data = data
        self.size = size
        self.count = count
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= self.count:
            raise StopIteration
        start = self.index * self.size
        self.index += 1
        return self.data[start:start + self.size]
