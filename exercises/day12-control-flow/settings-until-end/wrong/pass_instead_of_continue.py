def parse_settings(lines):
    settings = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            pass  # skip this line
        if line == "END":
            break
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"line {number}: expected 'key = value', got {line!r}")
        settings[key] = value.strip()
    else:
        raise ValueError("missing END")
    return settings


def find_first(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return (r, c)
    return None
