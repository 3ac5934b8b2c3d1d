def total(*args):
    raise NotImplementedError
