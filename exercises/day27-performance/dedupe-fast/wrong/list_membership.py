def dedupe(items):
    result = []
    for item in items:
        if item not in result:  # scans the whole result list: O(n) per item
            result.append(item)
    return result


def common(a, b):
    result = []
    for item in a:
        if item in b and item not in result:  # two more linear scans per item
            result.append(item)
    return result
