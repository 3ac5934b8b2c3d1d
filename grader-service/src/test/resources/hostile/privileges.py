import os


def attack():
    gained = []
    for action in (lambda: os.setuid(0), lambda: os.setgid(0), lambda: os.setresuid(0, 0, 0),
                   lambda: os.setgroups([0])):
        try:
            action()
            gained.append("root")
        except OSError:
            pass
    for path in ("/proc/1/environ", f"/proc/{os.getppid()}/mem", f"/proc/{os.getppid()}/environ",
                 "/var/run/docker.sock", "/etc/shadow", "/proc/1/root/etc/shadow"):
        try:
            with open(path, "rb") as file:
                if file.read(64):
                    gained.append(path)
        except OSError:
            pass
    return "SOLVED" if gained else "nothing"
