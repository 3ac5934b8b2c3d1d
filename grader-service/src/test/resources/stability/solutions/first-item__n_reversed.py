def first(items):
    return list(reversed(items))[-1]
