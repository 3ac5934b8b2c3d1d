import os


def _other_processes():
    return [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]


def _read_memory(pid):
    """The first bytes of every mapping of another process (the supervisor's, the launcher's)."""
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb") as mem:
        for line in maps:
            start = int(line.split("-")[0], 16)
            mem.seek(start)
            if mem.read(16):
                return True
    return False


def _open_descriptors(pid):
    """Another process's open files (the result channel, the job on stdin) reopened through /proc/<pid>/fd.
    Listing them shows only numbers and kinds (gVisor allows that); opening one is the breach."""
    opened = []
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return opened
    for fd in descriptors:
        path = f"/proc/{pid}/fd/{fd}"
        try:
            if os.readlink(path) == "/dev/null":
                continue
        except OSError:
            pass
        for flags in (os.O_RDONLY | os.O_NONBLOCK, os.O_WRONLY | os.O_NONBLOCK):
            try:
                os.close(os.open(path, flags))
                opened.append(path)
            except OSError:
                pass
    return opened


def attack():
    gained = []
    for action in (lambda: os.setuid(0), lambda: os.setgid(0), lambda: os.setresuid(0, 0, 0),
                   lambda: os.setgroups([0])):
        try:
            action()
            gained.append("root")
        except OSError:
            pass
    with open("/proc/self/environ", "rb") as own:
        known = own.read()  # the learner parent's environment is the learner's own: reading it gains nothing
    for path in ("/proc/1/environ", f"/proc/{os.getppid()}/environ", "/var/run/docker.sock", "/etc/shadow",
                 "/proc/1/root/etc/shadow"):
        try:
            with open(path, "rb") as file:
                data = file.read()
                if data and data != known:
                    gained.append(path)
        except OSError:
            pass
    for pid in _other_processes():
        try:
            if _read_memory(pid):
                gained.append(f"/proc/{pid}/mem")
        except (OSError, ValueError):
            pass
        gained.extend(_open_descriptors(pid))
    return "SOLVED" if gained else "nothing"
