def file_report(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    return {"bytes": len(data), "chars": len(text), "lines": lines, "crlf": text.count("\r\n")}
