def file_report(path):
    # Text mode "reads the file": but it also turns every "\r\n" into "\n" before we see it.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    return {"bytes": len(text.encode("utf-8")), "chars": len(text), "lines": lines, "crlf": text.count("\r\n")}
