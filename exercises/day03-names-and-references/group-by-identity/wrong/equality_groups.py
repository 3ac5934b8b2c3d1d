def group_by_identity(items):
    groups = []
    representatives = []
    for position, item in enumerate(items):
        for group, representative in zip(groups, representatives):
            if representative == item:
                group.append(position)
                break
        else:
            groups.append([position])
            representatives.append(item)
    return groups
