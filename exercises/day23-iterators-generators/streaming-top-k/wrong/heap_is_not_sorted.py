import heapq


def readings(n, seed=2024):
    """A stream of n sensor readings (ints from 0 to 16_777_215), produced one at a time. Do not change."""
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 7


def top_k(values, k):
    if k <= 0:
        return []
    heap = []
    for value in values:
        if len(heap) < k:
            heapq.heappush(heap, value)
        elif value > heap[0]:
            heapq.heapreplace(heap, value)
    # A heap keeps only heap[0] in place; the rest is not sorted, so reversing it is not "largest first".
    return heap[::-1]
