def total(items):
    return sum(sorted(items))
