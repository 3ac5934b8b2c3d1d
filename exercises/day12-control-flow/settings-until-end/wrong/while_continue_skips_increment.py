def parse_settings(lines):
    settings = {}
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line or line.startswith("#"):
            continue
        if line == "END":
            return settings
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"line {i + 1}: expected 'key = value', got {line!r}")
        settings[key] = value.strip()
        i += 1
    raise ValueError("missing END")


def find_first(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return (r, c)
    return None
