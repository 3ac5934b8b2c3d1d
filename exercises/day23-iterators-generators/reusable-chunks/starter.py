class Chunks:
    """An iterable over consecutive slices data[i:i + size]."""

    def __init__(self, data, size):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def __iter__(self):
        raise NotImplementedError


class ChunkIterator:
    """One pass over the chunks of a Chunks object."""

    def __next__(self):
        raise NotImplementedError
