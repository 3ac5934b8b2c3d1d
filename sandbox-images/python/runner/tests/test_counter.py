"""The counted process's lock-down (_pygrade_counter.lock_down), checked in a child process: once it is in place, the
learner's code cannot reach the counter from outside Python. Runs inside the sandbox image (RunnerUnitTestsTest)."""

import json
import os
import subprocess
import sys

PROBE = r'''
import json, os, sys, _pygrade_counter
_pygrade_counter.lock_down(("/usr/lib/python3", "/usr/lib/python3.11", "/usr/local/lib/python3.11", "/tmp"))
heard = []

def hook_added():
    sys.addaudithook(lambda event, args: heard.append(event))
    compile("1", "<probe>", "eval")
    if not heard:
        raise RuntimeError("left out")

attempts = {
    "write own memory": lambda: open("/proc/self/mem", "r+b"),
    "read own memory": lambda: open("/proc/self/mem", "rb"),
    "own memory by dir_fd": lambda: os.open("mem", os.O_RDONLY, dir_fd=os.open("/proc/self", os.O_RDONLY)),
    "relative to /": lambda: os.open("proc/self/mem", os.O_RDONLY, dir_fd=os.open("/", os.O_RDONLY)),
    "memfd": lambda: os.memfd_create("native"),
    "write a file": lambda: open("/tmp/written", "w"),
    "audit hook": hook_added,
    "profile hook": lambda: sys.setprofile(lambda *a: None),
    "trace hook": lambda: sys.settrace(lambda *a: None),
    "ctypes": lambda: __import__("ctypes"),
    "executable mapping": lambda: __import__("mmap").mmap(-1, 4096),
    "exec": lambda: os.execv("/bin/true", ["true"]),
    "reconfigure": lambda: _pygrade_counter.lock_down(("/",)),
    "second dump path": lambda: (_pygrade_counter.configure("/tmp/a"), _pygrade_counter.configure("/tmp/b")),
}
escaped = []
for name, attempt in attempts.items():
    try:
        attempt()
        escaped.append(name)
    except BaseException:
        pass
print(json.dumps(escaped))
'''


def _as_learner():
    if os.getuid() == 0:  # the image's learner processes never run as root: neither does this one
        os.setgroups([])
        os.setresgid(200000, 200000, 200000)
        os.setresuid(200000, 200000, 200000)


def test_nothing_reaches_the_counter_once_the_process_is_locked_down():
    done = subprocess.run(
        [sys.executable, "-s", "-P", "-c", PROBE], capture_output=True, text=True, preexec_fn=_as_learner, cwd="/tmp"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
