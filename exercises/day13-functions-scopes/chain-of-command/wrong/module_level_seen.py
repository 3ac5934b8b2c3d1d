seen = set()  # everyone met so far, to detect cycles


def chain_of_command(employee, manager_of):
    chain = []
    while True:
        if employee in seen:
            raise ValueError(f"cycle at {employee!r}")
        seen.add(employee)
        chain.append(employee)
        if employee not in manager_of:
            return chain
        employee = manager_of[employee]


def depth(employee, manager_of):
    return len(chain_of_command(employee, manager_of)) - 1
