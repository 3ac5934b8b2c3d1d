import types


def _code_objects(code):
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _code_objects(constant)


def global_reads(source):
    module = compile(source, "<source>", "exec")
    function = next(c for c in module.co_consts if isinstance(c, types.CodeType))
    names = set()
    for code in _code_objects(function):
        names.update(code.co_names)
    return sorted(names)
