def dedupe(items):
    return list(set(items))  # fast, but a set has no notion of "first seen"


def common(a, b):
    return list(set(a) & set(b))
