def boom():
    raise NotImplementedError
