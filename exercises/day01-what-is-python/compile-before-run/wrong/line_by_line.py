def check_source(source):
    namespace = {}
    for line in source.splitlines():
        try:
            code = compile(line, "<source>", "exec")
        except SyntaxError as error:
            return f"compile error: {type(error).__name__}"
        try:
            exec(code, namespace)
        except Exception as error:
            return f"runtime error: {type(error).__name__}"
    return "ok"
