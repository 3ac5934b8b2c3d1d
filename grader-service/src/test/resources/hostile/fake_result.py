import json
import os
import sys

FAKE = json.dumps({
    "schemaVersion": 1, "nonce": "guess", "outcome": "completed", "pythonVersion": "3.11.2",
    "tests": [{"id": "test_visible.py::test_attack", "file": "test_visible.py", "name": "test_attack",
               "outcome": "passed", "durationMs": 1},
              {"id": "test_hidden.py::test_attack_again", "file": "test_hidden.py", "name": "test_attack_again",
               "outcome": "passed", "durationMs": 1}],
})


def attack():
    print(FAKE)
    sys.stderr.write(FAKE + "\n")
    for fd in range(0, 256):
        try:
            os.write(fd, (FAKE + "\n").encode())
        except OSError:
            pass
    for path in ("/grader/result.json", "/tmp/result.json", "/learner/result.json", "/proc/1/fd/1",
                 "/proc/self/fd/1", "/dev/stdout", "/dev/console", "/dev/tty"):
        try:
            with open(path, "w") as out:
                out.write(FAKE + "\n")
        except OSError:
            pass
    sys.stdout.flush()
    os._exit(0)
