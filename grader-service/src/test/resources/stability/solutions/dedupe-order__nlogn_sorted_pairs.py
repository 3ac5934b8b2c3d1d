def dedupe(items):
    pairs = sorted((item, index) for index, item in enumerate(items))
    firsts = []
    previous = object()
    for item, index in pairs:
        if item != previous:
            firsts.append((index, item))
            previous = item
    firsts.sort()
    return [item for _, item in firsts]
