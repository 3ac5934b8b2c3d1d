def dedupe(items):
    return list(dict.fromkeys(items))


def common(a, b):
    wanted = set(b)
    seen = set()
    result = []
    for item in a:
        if item in wanted and item not in seen:
            seen.add(item)
            result.append(item)
    return result
