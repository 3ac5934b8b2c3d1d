import os

# Built at run time, so that this file itself does not contain what it looks for.
NEEDLES = ["PYGRADE-SECRET-" + "7f3a", "def test_attack" + "_again"]


def attack():
    found = []
    for top in ("/grader", "/", "/tmp", "/proc"):
        for root, dirs, files in os.walk(top):
            if root.startswith("/proc/") and root.count("/") > 3:
                dirs[:] = []
            if root.startswith(("/sys", "/usr", "/dev", "/learner", "/proc/self")):
                dirs[:] = []
                continue
            for name in files:
                path = os.path.join(root, name)
                try:
                    with open(path, "rb") as file:
                        data = file.read(1 << 20)
                except OSError:
                    continue
                if any(needle.encode() in data for needle in NEEDLES):
                    found.append(path)
    # Everything found is printed, so that a leak would reach the feedback if output of hidden tests were shown.
    for path in found:
        print("FOUND", path, open(path, errors="replace").read())
    return "SOLVED" if found else "nothing found"
