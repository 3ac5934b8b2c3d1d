"""Turns a freshly forked process into a process of one role (its descriptors, limits and uid), and describes how
it ended. confine() runs as root (with only CAP_SETUID and CAP_SETGID) in the child, before any code of the role
runs."""

from __future__ import annotations

import os
import resource
import signal

from pygrade_runner.learner_client import address_space_bytes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

# The environment of every learner process, and of their pre-imported parent.
LEARNER_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": "/learner",
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    # String hashing (set order, dict probing, every instruction count) must not change from run to run.
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    # One malloc arena: each extra one reserves 64 MiB of address space, which the memory limit counts.
    "MALLOC_ARENA_MAX": "1",
}


def confine(
    uid: int, processes: int, limits: dict[str, Any], fds: Sequence[int], extra_address_space: int = 0
) -> None:
    """fds become 1..4 (stdout, stderr, requests, replies), 0 is /dev/null, every other descriptor is closed; then
    the limits, and the uid (which clears every capability)."""
    os.setsid()
    high = [os.dup(fd) for fd in fds]  # out of the way of the targets 1..4
    for target, fd in enumerate(high, start=1):
        os.dup2(fd, target)
    null = os.open("/dev/null", os.O_RDONLY)
    os.dup2(null, 0)
    os.closerange(5, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    for which, value in (
        (resource.RLIMIT_AS, address_space_bytes(limits) + extra_address_space),
        (resource.RLIMIT_NPROC, processes),
        (resource.RLIMIT_FSIZE, limits["fileSizeBytes"]),
        (resource.RLIMIT_NOFILE, limits["openFiles"]),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_CPU, max(1, int(limits["timeTotalMs"] / 1000) + 1)),
    ):
        resource.setrlimit(which, (value, value))
    try:
        with open("/proc/self/oom_score_adj", "w") as adj:
            adj.write("1000")  # the kernel's OOM killer takes the learner, never the supervisor
    except OSError:
        pass
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write then fails with EFBIG
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


def exit_record(pid: int, status: int, usage: resource.struct_rusage) -> dict[str, Any]:
    """How a reaped process ended, as the supervisor reads it: exit code or signal, CPU times, peak resident size."""
    return {
        "pid": pid,
        "code": os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "utime": usage.ru_utime,
        "stime": usage.ru_stime,
        "maxrssKb": usage.ru_maxrss,
    }
