"""The supervisor's client of one learner process (which runs learner_server.py): its channel, its output, and how
it ended."""

from __future__ import annotations

import errno
import os
import select
import signal
import threading
import time

from pygrade_runner import faults, wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from pygrade_runner.control import LauncherControl

KEEP_PER_TEST = 8192
# The learner's address-space limit is its memory limit plus room for the interpreter's own mappings.
ADDRESS_SPACE_SLACK = 64 * 1024 * 1024
# Within this much of that limit, a process that stopped answering is taken to have run out of memory.
STALL_MARGIN = 8 * 1024 * 1024
# A test's wall-clock backstop, from its CPU-time limit (see test_wall_seconds).
WALL_FACTOR = 3
WALL_SLACK_S = 3
# How often, at least, a learner's CPU time is read while the supervisor waits for it.
CPU_POLL_S = 0.02


def address_space_bytes(limits: dict[str, Any]) -> int:
    return limits["memoryBytes"] + ADDRESS_SPACE_SLACK


class OutputCapture:
    """The learner's stdout and stderr, counted against the job's output limit, kept per test (capped)."""

    def __init__(self, limit_bytes: int) -> None:
        self.limit = limit_bytes
        self.total = 0
        self.exceeded = False
        self.kept = bytearray()
        self.lock = threading.Lock()

    def start_test(self) -> None:
        """The limit is for the whole job; `exceeded` says whether it was crossed during the current test."""
        with self.lock:
            self.kept = bytearray()
            self.exceeded = False

    def feed(self, data: bytes) -> bool:
        """Returns False once the limit is exceeded."""
        with self.lock:
            self.total += len(data)
            room = KEEP_PER_TEST - len(self.kept)
            if room > 0:
                self.kept.extend(data[:room])
            if self.total > self.limit:
                self.exceeded = True
            return not self.exceeded

    def text(self) -> str:
        with self.lock:
            return bytes(self.kept).decode("utf-8", "replace")


class LearnerProcess:
    def __init__(
        self, control: LauncherControl, role: str, capture: OutputCapture, on_output_limit: Callable[[], object]
    ) -> None:
        self.control = control
        self.role = role
        self.capture = capture
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        try:
            self.pid = control.spawn(role, [out_w, err_w, req_r, rep_w])
        finally:
            for fd in (out_w, err_w, req_r, rep_w):
                os.close(fd)
        self.requests_fd = req_w
        os.set_blocking(req_w, False)
        self.replies_fd = rep_r
        self.replies = wire.FrameReader(rep_r)
        self.killed = False
        self.ended: dict[str, Any] | None = None
        self.oom_kills_at_start = oom_kills()
        self.readers = [
            threading.Thread(target=self._drain, args=(fd, on_output_limit), daemon=True) for fd in (out_r, err_r)
        ]
        for reader in self.readers:
            reader.start()

    def _drain(self, fd: int, on_output_limit: Callable[[], object]) -> None:
        try:
            while True:
                data = os.read(fd, 65536)
                if not data:
                    return
                if not self.capture.feed(data):
                    on_output_limit()
                    return
        except OSError:
            return
        finally:
            os.close(fd)

    def send(self, message: dict[str, Any], deadline: float) -> None:
        body = wire.encode_frame(message)
        view = memoryview(body)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            _, writable, _ = select.select([], [self.requests_fd], [], remaining)
            if not writable:
                continue
            try:
                written = os.write(self.requests_fd, view)
            except BlockingIOError:
                continue
            except BrokenPipeError:
                raise EOFError from None
            view = view[written:]

    def receive(self, deadline: float) -> dict[str, Any]:
        """The next frame from the learner; TimeoutError at the deadline, EOFError if it closed the channel."""
        while True:
            message = self.replies.next_frame()
            if message is not None:
                return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            readable, _, _ = select.select([self.replies_fd], [], [], remaining)
            if readable and not self.replies.feed():
                raise EOFError

    def kill(self) -> None:
        if self.killed:
            return
        self.killed = True
        self.control.kill_all(self.role)
        os.close(self.requests_fd)
        os.close(self.replies_fd)
        for reader in self.readers:
            reader.join(timeout=2)

    def end_info(self, timeout: float = 3.0) -> dict[str, Any]:
        """How the process ended, from the launcher (which reaped it); {"unknown": true} if it has not."""
        if self.ended is None or self.ended.get("unknown"):
            self.ended = self.control.exit_status(self.pid, timeout=timeout)
        return self.ended

    def stalled_at_memory_limit(self, limits: dict[str, Any]) -> bool:
        """Near its address-space limit an allocation can stall instead of failing (seen under gVisor), so a
        process that ran out of time there ran out of memory."""
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith("VmSize:"):
                        return int(line.split()[1]) * 1024 >= address_space_bytes(limits) - STALL_MARGIN
        except (OSError, ValueError):
            pass
        return False

    def fault_for_death(self, limits: dict[str, Any]) -> faults.LearnerFault:
        """The fault that explains why the process closed its channel."""
        if self.capture.exceeded:
            return output_fault(limits)
        info = self.end_info(timeout=1.0)
        if info.get("unknown"):
            return faults.Crashed("your code closed its connection to the grader and stopped answering")
        sig = info.get("signal")
        if sig == signal.SIGKILL:
            if self.oom_kills_at_start is not None and (oom_kills() or 0) > self.oom_kills_at_start or (
                info.get("maxrssKb", 0) * 1024 >= 0.8 * limits["memoryBytes"]
            ):
                return faults.MemoryLimit(
                    f"your code was stopped when it used more than the memory limit of {mib(limits['memoryBytes'])}"
                )
            return faults.Crashed("your code's process was killed (SIGKILL) during the test")
        if sig == signal.SIGXCPU:
            return faults.TimeLimit("your code used more CPU time than the limit")
        if sig == signal.SIGXFSZ:
            return faults.FileLimit(f"your code wrote a file larger than {mib(limits['fileSizeBytes'])}")
        if sig is not None:
            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
            hint = " (often runaway recursion after raising the recursion limit)" if sig == signal.SIGSEGV else ""
            return faults.Crashed(f"the Python interpreter running your code crashed with {name}{hint}")
        return faults.Crashed(f"your code ended its own process (exit code {info.get('code')}) during the test")


def cpu_ns(pid: int) -> int:
    """CPU time the kernel has accounted to a process: schedstat (ns) where there is one, else utime + stime in clock
    ticks (gVisor has no schedstat); 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/schedstat") as stat:
            return int(stat.read().split()[0])
    except (OSError, ValueError, IndexError):
        return process_cpu_ns(pid)


def process_cpu_ns(pid: int) -> int:
    """CPU time of a whole process, all its threads (utime + stime in clock ticks): what a test's CPU limit counts."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1_000_000_000 // os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0


def test_wall_seconds(limits: dict[str, Any]) -> float:
    """How long a test may take by the clock. Its limit is CPU time, so that a busy machine changes no outcome: the
    clock only stops code that waits instead of computing, and leaves room for a process that gets a third of a
    core."""
    return WALL_FACTOR * limits["timePerTestMs"] / 1000 + WALL_SLACK_S


def oom_kills() -> int | None:
    """The kernel's count of OOM kills in this container (cgroup v1 under runc), or None where it is not shown."""
    try:
        with open("/sys/fs/cgroup/memory/memory.oom_control") as control:
            for line in control:
                if line.startswith("oom_kill "):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def output_fault(limits: dict[str, Any]) -> faults.OutputLimit:
    return faults.OutputLimit(f"your code printed more than the output limit of {kib(limits['outputBytes'])}")


def fault_for_error(error: dict[str, Any], limits: dict[str, Any]) -> faults.LearnerFault | None:
    """Maps a learner exception that means a limit was reached to its fault, else None."""
    kind = error.get("type")
    builtin = any(module == "builtins" for module, _ in error.get("mro", [])[:1])
    if not builtin:
        return None
    code = error.get("errno")
    if kind == "MemoryError":
        return faults.MemoryLimit(f"your code used more than the memory limit of {mib(limits['memoryBytes'])}")
    if code in (errno.EMFILE, errno.ENFILE):
        return faults.FileLimit(f"your code opened more than {limits['openFiles']} files at once")
    if code in (errno.EFBIG,):
        return faults.FileLimit(f"your code wrote a file larger than {mib(limits['fileSizeBytes'])}")
    if code in (errno.ENOSPC, errno.EDQUOT):
        return faults.FileLimit("your code filled the disk space it is given")
    if code == errno.EAGAIN and kind in ("BlockingIOError", "OSError"):
        return faults.ProcessLimit(f"your code started more than {limits['processes']} processes or threads")
    if kind == "RuntimeError" and "can't start new thread" in error.get("message", ""):
        return faults.ProcessLimit(f"your code started more than {limits['processes']} processes or threads")
    return None


def mib(value: float) -> str:
    return f"{value / (1024 * 1024):g} MiB"


def kib(value: float) -> str:
    return f"{value / 1024:g} KiB"
