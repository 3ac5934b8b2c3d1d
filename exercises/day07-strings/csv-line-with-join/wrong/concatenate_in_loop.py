def csv_line(fields):
    line = ""
    for i, field in enumerate(fields):
        if "," in field or '"' in field or "\n" in field or "\r" in field:
            field = '"' + field.replace('"', '""') + '"'
        if i == 0:
            line = field
        else:
            line = line + "," + field
    return line
