def total(items):
    # Linear with a heavy constant: every number goes through its decimal text.
    return sum(int(str(item)) for item in items)
