def make_multipliers(n):
    return [lambda x, i=i: x * i for i in range(n)]


def make_counter(start=0):
    count = start

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


def index_of(items, target):
    for index, item in enumerate(items):
        if item == target:
            return index
    return -1


def remove_all(items, value):
    for item in items:
        if item == value:
            items.remove(item)  # shifts the rest left: the loop skips the next item
