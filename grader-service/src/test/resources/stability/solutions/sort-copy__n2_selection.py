def sorted_copy(items):
    rest = list(items)
    out = []
    while rest:
        smallest = min(rest)
        rest.remove(smallest)
        out.append(smallest)
    return out
