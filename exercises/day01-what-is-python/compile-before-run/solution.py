def check_source(source):
    try:
        code = compile(source, "<source>", "exec")
    except SyntaxError as error:
        return f"compile error: {type(error).__name__}"
    try:
        exec(code, {})
    except Exception as error:
        return f"runtime error: {type(error).__name__}"
    return "ok"
