def fake_log(n, seed=7):
    """n lines of a web server's access log (with comments and blank lines), produced one at a time.
    Stands for a huge log file; do not change."""
    methods = ("GET", "GET", "GET", "POST", "PUT", "DELETE")
    statuses = (200, 200, 200, 200, 201, 204, 301, 304, 400, 404, 404, 500, 502, 503)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        if i % 1000 == 0:
            yield f"# log rotated at line {i}\n"
        elif i % 777 == 0:
            yield "\n"
        else:
            method = methods[x % 6]
            status = statuses[(x >> 8) % 14]
            size = (x >> 12) % 50_000
            clock = f"{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}"
            yield f"2024-05-01T{clock} {method} /api/items/{(x >> 16) % 1000} {status} {size}\n"


def summarize(lines):
    # Readable, step by step -- and every step is a list holding the whole log.
    stripped = [line.strip() for line in lines]
    requests = [line.split() for line in stripped if line and not line.startswith("#")]
    statuses = [int(fields[3]) for fields in requests]
    sizes = [int(fields[4]) for fields in requests]
    by_status = {}
    for status in statuses:
        by_status[status] = by_status.get(status, 0) + 1
    return {
        "requests": len(requests),
        "bytes": sum(sizes),
        "errors": len([s for s in statuses if s >= 500]),
        "by_status": by_status,
    }
