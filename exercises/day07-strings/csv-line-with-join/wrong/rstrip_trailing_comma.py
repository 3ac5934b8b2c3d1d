def csv_line(fields):
    line = ""
    for field in fields:
        if "," in field or '"' in field or "\n" in field or "\r" in field:
            field = '"' + field.replace('"', '""') + '"'
        line += field + ","
    return line.rstrip(",")
