def chain_of_command(employee, manager_of, seen=None):
    if seen is None:
        seen = set()
    if employee in seen:
        raise ValueError(f"cycle at {employee!r}")
    seen.add(employee)
    if employee not in manager_of:
        return [employee]
    return [employee] + chain_of_command(manager_of[employee], manager_of, seen)


def depth(employee, manager_of):
    return len(chain_of_command(employee, manager_of)) - 1
