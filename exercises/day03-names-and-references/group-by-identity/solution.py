def group_by_identity(items):
    groups = {}
    for position, item in enumerate(items):
        groups.setdefault(id(item), []).append(position)
    return list(groups.values())
