"""The supervisor's side of a counted benchmark process (count_server.py under valgrind's callgrind).

Every reply starts with a nonce that only this process and C code in the counted process know (it went down the
request pipe as raw bytes after the init frame, straight into C), so whatever the learner's code writes on its
reply channel cannot pass for a count. While a call runs, the process's CPU time is watched from here: a call that
uses more than its allowance is stopped, and a count that is far too small for the CPU time it took is refused.
"""

from __future__ import annotations

import marshal
import os
import secrets
import select
import struct
import time

from pygrade_runner import wire
from pygrade_runner.learner_client import OutputCapture, cpu_ns

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from pygrade_runner.control import LauncherControl

NONCE_BYTES = 16
HEADER = struct.Struct(">I")
MAX_REPLY = 64 * 1024 * 1024


class CountFailed(Exception):
    """The counted process could not answer; the message is for the learner."""


class OverBudget(CountFailed):
    """A counted call used more CPU than its allowance; `cpu_ns` is what it had used when it was stopped."""

    def __init__(self, message: str, cpu_ns: int) -> None:
        super().__init__(message)
        self.cpu_ns = cpu_ns


class Reply:
    """One answer of the counted process: status R (result), E (raised), M (changed its input), X (result not plain
    data), N (no such entry), P (protocol); the instructions counted; `collector_off` when the measured code left
    the garbage collector off; `cpu_ns` the process's CPU time for the request, read from outside."""

    def __init__(self, status: str, instructions: int, collector_off: bool, payload: bytes, cpu_ns: int) -> None:
        self.status = status
        self.instructions = instructions
        self.collector_off = collector_off
        self.payload = payload
        self.cpu_ns = cpu_ns

    def value(self) -> Any:
        return marshal.loads(self.payload)

    def text(self) -> str:
        return self.payload.decode("utf-8", "replace")


class CountedProcess:
    def __init__(
        self,
        control: LauncherControl,
        role: str,
        files: dict[str, str],
        module: str,
        entry: str | None,
        in_memory: bool,
        limits: dict[str, Any],
        deadline: float,
    ) -> None:
        self.control = control
        self.role = role
        self.deadline = deadline
        self.capture = OutputCapture(limits["outputBytes"])
        self.nonce = secrets.token_bytes(NONCE_BYTES)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        try:
            self.pid = control.spawn(role, [out_w, err_w, req_r, rep_w])
        finally:
            for fd in (out_w, err_w, req_r, rep_w):
                os.close(fd)
        for fd in (out_r, err_r):
            os.set_blocking(fd, False)
        self.outputs = [out_r, err_r]
        self.requests_fd = req_w
        self.replies_fd = rep_r
        self.buffer = bytearray()
        self.started = False
        init = {"files": files, "module": module, "entry": entry, "in_memory": in_memory}
        self._write(wire.encode_frame(init) + self.nonce)

    def name(self) -> str:
        return "the reference solution" if self.role == "count-reference" else "your code"

    # ---- requests -------------------------------------------------------------------------------------------
    def calibrate(self) -> Reply:
        """The calibration workload's count and CPU time, measured once the process has started (its start-up,
        valgrind's included, is not in the figure)."""
        if not self.started:
            started = self._wait_reply("start")
            if started.status != "S":
                raise CountFailed(f"{self.name()} did not start the benchmark")
            self.started = True
        return self.request(b"K", "calibration")

    def load(self) -> Reply:
        return self.request(b"I", "import")

    def warm_up(self, args: Sequence[Any], calls: int, cpu_limit_ns: float | None = None) -> Reply:
        return self.request(b"W" + bytes([calls]) + marshal.dumps(tuple(args)), "warm-up", cpu_limit_ns)

    def call(self, args: Sequence[Any], cpu_limit_ns: float | None = None, may_change_input: bool = False) -> Reply:
        op = b"c" if may_change_input else b"C"
        return self.request(op + marshal.dumps(tuple(args)), "call", cpu_limit_ns)

    def request(self, body: bytes, what: str, cpu_limit_ns: float | None = None) -> Reply:
        self._write(HEADER.pack(len(body)) + body)
        return self._wait_reply(what, cpu_limit_ns)

    def _wait_reply(self, what: str, cpu_limit_ns: float | None = None) -> Reply:
        started = self.cpu_ns()
        while True:
            reply = self._next_reply()
            if reply is not None:
                status, instructions, flags, payload = reply
                return Reply(status, instructions, bool(flags & 1), payload, self.cpu_ns() - started)
            used = self.cpu_ns() - started
            if cpu_limit_ns is not None and used > cpu_limit_ns:
                self.close()
                raise OverBudget(f"{self.name()} used up its instruction budget ({what})", used)
            if time.monotonic() >= self.deadline:
                self.close()
                raise OverBudget(f"{self.name()} did not finish the benchmark ({what}) within its time", used)
            readable, _, _ = select.select([self.replies_fd, *self.outputs], [], [], 0.02)
            for fd in readable:
                if fd == self.replies_fd:
                    chunk = os.read(fd, 1 << 16)
                    if not chunk:
                        raise CountFailed(f"{self.name()} stopped during the benchmark ({what})")
                    self.buffer.extend(chunk)
                else:
                    self._drain(fd)

    def _next_reply(self) -> tuple[str, int, int, bytes] | None:
        if len(self.buffer) < HEADER.size:
            return None
        (size,) = HEADER.unpack_from(self.buffer)
        if size < NONCE_BYTES + 10 or size > MAX_REPLY:
            raise CountFailed(f"{self.name()} wrote something on the benchmark's channel that is not a count")
        if len(self.buffer) < HEADER.size + size:
            return None
        body = bytes(self.buffer[HEADER.size : HEADER.size + size])
        del self.buffer[: HEADER.size + size]
        if not secrets.compare_digest(body[:NONCE_BYTES], self.nonce):
            raise CountFailed(f"{self.name()} wrote something on the benchmark's channel that is not a count")
        status = chr(body[NONCE_BYTES])
        flags = body[NONCE_BYTES + 1]
        (instructions,) = struct.unpack_from(">q", body, NONCE_BYTES + 2)
        return status, instructions, flags, body[NONCE_BYTES + 10 :]

    def _drain(self, fd: int) -> None:
        try:
            data = os.read(fd, 1 << 16)
        except BlockingIOError:
            return
        if data:
            self.capture.feed(data)
        else:
            self.outputs.remove(fd)
            os.close(fd)

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if time.monotonic() >= self.deadline:
                raise OverBudget(f"{self.name()} did not accept the benchmark's input within its time", 0)
            _, writable, _ = select.select([], [self.requests_fd], [], 0.05)
            if writable:
                try:
                    view = view[os.write(self.requests_fd, view) :]
                except BrokenPipeError:
                    raise CountFailed(f"{self.name()} stopped during the benchmark") from None

    def cpu_ns(self) -> int:
        return cpu_ns(self.pid)

    def output(self) -> str:
        for fd in list(self.outputs):
            self._drain(fd)
        return self.capture.text()

    def close(self) -> None:
        self.control.kill_all(self.role)
        for fd in (self.requests_fd, self.replies_fd, *self.outputs):
            try:
                os.close(fd)
            except OSError:
                pass
        self.outputs = []
