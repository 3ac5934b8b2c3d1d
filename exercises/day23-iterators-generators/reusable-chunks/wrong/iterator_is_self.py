class Chunks:
    # The iterable is its own iterator: the position lives on the Chunks object, so the second loop
    # starts where the first one stopped (at the end).
    def __init__(self, data, size):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.data = data
        self.size = size
        self.start = 0

    def __len__(self):
        return -(-len(self.data) // self.size)

    def __iter__(self):
        return self

    def __next__(self):
        if self.start >= len(self.data):
            raise StopIteration
        chunk = self.data[self.start:self.start + self.size]
        self.start += self.size
        return chunk


ChunkIterator = Chunks
