# The honest baseline: correct, quadratic. Every attack below is this code plus a trick; none may earn more.
def dedupe(items):
    out = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
