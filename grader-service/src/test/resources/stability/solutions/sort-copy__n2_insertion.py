def sorted_copy(items):
    out = []
    for item in items:
        i = len(out)
        while i > 0 and out[i - 1] > item:
            i -= 1
        out.insert(i, item)
    return out
