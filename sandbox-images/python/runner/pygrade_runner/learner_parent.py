"""The pre-imported parent of learner processes: forks one, already past the interpreter's start and the learner
server's imports, for every plain learner, benchmark or reference process the supervisor asks for.

The launcher execs it (as root, CAP_SETUID and CAP_SETGID only, the learners' environment) before the job arrives,
so it never holds anything of the job: no tests, no reference, no learner code. Each request carries the role's uid,
limits and four descriptors; the child confines itself (confine.py) and becomes the learner server, and nothing of one
child reaches the next, since every child starts from this same untouched process. The parent reaps its children
and reports how each ended (the launcher cannot wait for a grandchild). It never runs code of a learner itself.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import sys

import _pygrade_counter

from pygrade_runner import confine, learner_server

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_MESSAGE = 65536


def serve(channel: socket.socket) -> tuple[dict[str, Any], list[int]]:
    """Forks on every request; returns (request, fds) in the child only. Exits when the launcher is gone."""
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # a handler, so that the wake-up descriptor hears of exits
    while True:
        readable, _, _ = select.select([channel, wake_r], [], [])  # type: ignore[type-var]
        if wake_r in readable:
            while _drained(wake_r):
                pass
            report_exits(channel)
        if channel not in readable:
            continue
        data, fds, _, _ = socket.recv_fds(channel, MAX_MESSAGE, 8)
        if not data:
            os._exit(0)
        request = json.loads(data)
        if not isinstance(request.get("uid"), int) or request["uid"] <= 0:
            for fd in fds:
                os.close(fd)
            _send(channel, {"error": "a learner process needs a non-root uid"})
            continue
        pid = os.fork()
        if pid == 0:
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            os.close(channel.detach())  # detached: the socket object must not close a reused descriptor later
            os.close(wake_r)
            os.close(wake_w)
            return request, fds
        for fd in fds:
            os.close(fd)
        _send(channel, {"pid": pid})


def _drained(fd: int) -> bool:
    try:
        return bool(os.read(fd, 4096))
    except BlockingIOError:
        return False


def report_exits(channel: socket.socket) -> None:
    while True:
        try:
            pid, status, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _send(channel, {"exit": confine.exit_record(pid, status, usage)})


def _send(channel: socket.socket, message: dict[str, Any]) -> None:
    try:
        channel.send(json.dumps(message).encode())
    except OSError:
        os._exit(0)  # the launcher is gone, and with it the container


def main() -> None:
    request, fds = serve(socket.socket(fileno=int(sys.argv[1])))
    confine.confine(request["uid"], request["processes"], request["limits"], fds)
    # Dumpable again, as after an exec: the process may then reset its own peak resident size (memory_harness.settle).
    _pygrade_counter.make_dumpable()
    # From here on this is a learner process like one started from scratch: its exit code, uncaught exceptions and
    # atexit handlers behave as in `python3 -m pygrade_runner.learner_server`.
    learner_server.main()


if __name__ == "__main__":
    main()
