def _contains(node, target):
    if not isinstance(node, (list, dict)):
        return False
    children = node.values() if isinstance(node, dict) else node
    return any(child is target or _contains(child, target) for child in children)


def has_cycle(obj):
    return _contains(obj, obj)
