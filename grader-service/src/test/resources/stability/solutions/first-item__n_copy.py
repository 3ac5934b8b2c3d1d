def first(items):
    return list(items)[0]
