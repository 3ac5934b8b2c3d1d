def _quoted(field):
    if "," in field or '"' in field or "\n" in field or "\r" in field:
        return '"' + field.replace('"', '""') + '"'
    return field


def csv_line(fields):
    return ",".join([_quoted(field) for field in fields])
