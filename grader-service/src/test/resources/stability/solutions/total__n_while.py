def total(items):
    result, i = 0, 0
    while i < len(items):
        result += items[i]
        i += 1
    return result
