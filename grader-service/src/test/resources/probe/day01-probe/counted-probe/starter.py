def dedupe(items):
    raise NotImplementedError
