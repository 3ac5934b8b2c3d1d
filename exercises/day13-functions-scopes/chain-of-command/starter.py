def chain_of_command(employee, manager_of):
    """[employee, their manager, ..., the top person]; ValueError on a cycle."""
    raise NotImplementedError


def depth(employee, manager_of):
    """How many managers are above employee; ValueError on a cycle."""
    raise NotImplementedError
