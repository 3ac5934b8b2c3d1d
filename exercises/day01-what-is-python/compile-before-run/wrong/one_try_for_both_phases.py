def check_source(source):
    try:
        exec(source, {})
    except SyntaxError as error:
        return f"compile error: {type(error).__name__}"
    except Exception as error:
        return f"runtime error: {type(error).__name__}"
    return "ok"
