def positions(items, queries):
    out = []
    for q in queries:
        lo, hi = 0, len(items)
        while lo < hi:
            mid = (lo + hi) // 2
            if items[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    return out
