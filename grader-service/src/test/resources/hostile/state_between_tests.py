import builtins
import os
import sys

# Each test's learner process is forked from one pre-imported parent: whatever one test leaves in memory (in the
# runner's own modules, builtins, the environment) or in the parent itself must be gone in the next test.
MARK = "pygrade_left_by_an_earlier_test"


def _parent_reachable():
    """Reaching into the parent (a root process) would let one test prepare the next: its memory, its descriptors."""
    parent = os.getppid()
    try:
        with open(f"/proc/{parent}/mem", "r+b"):
            return True
    except OSError:
        pass
    try:
        descriptors = os.listdir(f"/proc/{parent}/fd")
    except OSError:
        return False
    for fd in descriptors:
        path = f"/proc/{parent}/fd/{fd}"
        try:
            if os.readlink(path) == "/dev/null":
                continue  # gVisor lets other uids reopen it; it carries nothing
        except OSError:
            pass
        for flags in (os.O_RDONLY | os.O_NONBLOCK, os.O_WRONLY | os.O_NONBLOCK):
            try:
                os.close(os.open(path, flags))
                return True
            except OSError:
                pass
    return False


def attack():
    runner = [module for name, module in sys.modules.items() if name.startswith("pygrade_runner")]
    if any(hasattr(place, MARK) for place in (builtins, sys, *runner)) or MARK in os.environ:
        return "SOLVED"
    for place in (builtins, sys, *runner):
        setattr(place, MARK, True)
    os.environ[MARK] = "1"
    return "SOLVED" if _parent_reachable() else "nothing"
