import socket


def attack():
    reached = []
    targets = [("127.0.0.1", port) for port in (22, 80, 2375, 5432, 8080, 8081, 9092, 9093)]
    targets += [("8.8.8.8", 53), ("1.1.1.1", 443), ("172.17.0.1", 2375), ("10.0.0.1", 80)]
    for host, port in targets:
        try:
            with socket.create_connection((host, port), timeout=0.3):
                reached.append(f"{host}:{port}")
        except OSError:
            pass
    try:
        unix = socket.socket(socket.AF_UNIX)
        unix.connect("/var/run/docker.sock")
        reached.append("docker.sock")
    except OSError:
        pass
    try:
        socket.getaddrinfo("example.com", 80)
        reached.append("dns")
    except OSError:
        pass
    return "SOLVED" if reached else "nothing reached"
