import heapq


def count_duplicates(items):
    heap = list(items)
    heapq.heapify(heap)
    repeats, previous = 0, object()
    while heap:
        item = heapq.heappop(heap)
        if item == previous:
            repeats += 1
        previous = item
    return repeats
