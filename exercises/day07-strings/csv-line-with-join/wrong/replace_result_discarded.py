def csv_line(fields):
    pieces = []
    for field in fields:
        if "," in field or '"' in field or "\n" in field or "\r" in field:
            field.replace('"', '""')  # double the quotes
            field = '"' + field + '"'
        pieces.append(field)
    return ",".join(pieces)
