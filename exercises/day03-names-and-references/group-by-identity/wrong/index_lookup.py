def group_by_identity(items):
    groups = {}
    for position, item in enumerate(items):
        first = items.index(item)  # the first position of this object
        groups.setdefault(first, []).append(position)
    return list(groups.values())
