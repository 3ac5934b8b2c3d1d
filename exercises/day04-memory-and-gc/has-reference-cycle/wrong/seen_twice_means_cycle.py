def has_cycle(obj):
    seen = set()

    def visit(node):
        if not isinstance(node, (list, dict)):
            return False
        if id(node) in seen:
            return True
        seen.add(id(node))
        children = node.values() if isinstance(node, dict) else node
        return any(visit(child) for child in children)

    return visit(obj)
