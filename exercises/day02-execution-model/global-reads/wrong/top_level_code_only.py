import dis
import types


def global_reads(source):
    module = compile(source, "<source>", "exec")
    function = next(c for c in module.co_consts if isinstance(c, types.CodeType))
    return sorted({i.argval for i in dis.get_instructions(function) if i.opname == "LOAD_GLOBAL"})
