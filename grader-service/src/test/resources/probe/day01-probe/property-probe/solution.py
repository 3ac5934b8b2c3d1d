def reverse(items):
    return items[::-1]
