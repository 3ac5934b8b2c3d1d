def make_input(n, rng):
    # n access-log lines, like fake_log in the statement.
    methods = ("GET", "GET", "GET", "POST", "PUT", "DELETE")
    statuses = (200, 200, 200, 200, 201, 204, 301, 304, 400, 404, 404, 500, 502, 503)
    lines = []
    for i in range(n):
        if i % 1000 == 0:
            lines.append(f"# log rotated at line {i}\n")
        elif i % 777 == 0:
            lines.append("\n")
        else:
            method, status, size = rng.choice(methods), rng.choice(statuses), rng.randrange(50_000)
            lines.append(f"2024-05-01T00:00:00 {method} /api/items/{rng.randrange(1000)} {status} {size}\n")
    return (lines,)
