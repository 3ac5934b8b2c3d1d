def has_cycle(obj):
    on_path = []  # the containers we are currently inside

    def visit(node):
        if not isinstance(node, (list, dict)):
            return False
        if node in on_path:
            return True
        on_path.append(node)
        children = node.values() if isinstance(node, dict) else node
        found = any(visit(child) for child in children)
        on_path.pop()
        return found

    return visit(obj)
