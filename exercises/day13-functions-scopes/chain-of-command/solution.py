def chain_of_command(employee, manager_of):
    chain = [employee]
    seen = {employee}
    while employee in manager_of:
        employee = manager_of[employee]
        if employee in seen:
            raise ValueError(f"cycle at {employee!r}")
        seen.add(employee)
        chain.append(employee)
    return chain


def depth(employee, manager_of):
    return len(chain_of_command(employee, manager_of)) - 1
