def total(items):
    # recomputes every prefix sum: quadratic
    best = 0
    for i in range(len(items)):
        best = sum(items[: i + 1])
    return best
