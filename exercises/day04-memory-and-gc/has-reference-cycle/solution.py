def has_cycle(obj):
    on_path = set()  # ids of the containers we are currently inside
    finished = set()  # ids of the containers fully explored without finding a cycle

    def visit(node):
        if not isinstance(node, (list, dict)):
            return False
        key = id(node)
        if key in on_path:
            return True
        if key in finished:
            return False
        on_path.add(key)
        children = node.values() if isinstance(node, dict) else node
        if any(visit(child) for child in children):
            return True
        on_path.discard(key)
        finished.add(key)
        return False

    return visit(obj)
