"""The container's first process: reads one job, starts the supervisor and, on its request, learner processes.

It starts as root with no capability but CAP_SETUID and CAP_SETGID, which it needs to give each process its own
uid. Before the job is read it forks the supervisor, which imports pytest meanwhile, and execs the learner parent,
which imports the learner server: a container started ahead of time (warm) only waits for its job, and a learner
process is one fork of an interpreter that is already up. The launcher itself stays small: it forks for every kill
and every counted process, and forking a process that holds pytest and hypothesis costs several times more. It
never writes to stdout: the supervisor alone writes the result there.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import socket
import sys
import time
import traceback

from pygrade_runner.confine import LEARNER_ENV, confine, exit_record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, NoReturn

MAX_JOB_BYTES = 64 * 1024 * 1024
MAX_MESSAGE = 65536
GRADER_UID = 10000
DEFAULT_LEARNER_UID = 10001
# -s -P and not -I: -I would also ignore PYTHONHASHSEED (confine.LEARNER_ENV). The environment is ours alone, so -E
# adds nothing.
PYTHON = ["/usr/bin/python3", "-s", "-P"]
LEARNER_PARENT_COMMAND = [*PYTHON, "-m", "pygrade_runner.learner_parent"]
# Counted benchmark processes: callgrind counts only inside the windows that _pygrade_counter opens (instrumentation
# and collection off elsewhere), with no gdbserver (its FIFOs would let the measured code reset the counters).
COUNT_DUMPS = "/tmp/.pygrade-count-{uid}/cg"
COUNT_COMMAND = [
    "/usr/bin/valgrind",
    "--tool=callgrind",
    "-q",
    "--instr-atstart=no",
    "--collect-atstart=no",
    "--vgdb=no",
    "--dump-line=no",
    "--dump-instr=no",
    "--compress-strings=no",
    "--compress-pos=no",
]
# Valgrind's own mappings (tool, translation cache) come on top of the interpreter's.
COUNT_ADDRESS_SLACK = 512 * 1024 * 1024
# Roles forked from the pre-imported learner parent; counted ones are exec'd under valgrind from here.
FORKED_ROLES = ("learner", "bench", "reference")


def log(message: str) -> None:
    print(f"launcher: {message}", file=sys.stderr, flush=True)


def read_job() -> bytes:
    """Reads one job: a decimal length, a newline, then that many bytes of JSON. The length, rather than end of
    file, ends the job, so the sender need not (and some Docker transports cannot) half-close stdin. Returns the
    bytes."""
    header = b""
    while not header.endswith(b"\n"):
        byte = os.read(0, 1)
        if not byte or len(header) > 20:
            raise ValueError("no job header on stdin")
        header += byte
    size = int(header)
    if not 0 < size <= MAX_JOB_BYTES:
        raise ValueError(f"job of {size} bytes (limit {MAX_JOB_BYTES})")
    chunks: list[bytes]
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(0, min(remaining, 1 << 20))
        if not chunk:
            raise ValueError("stdin ended inside the job")
        chunks.append(chunk)
        remaining -= len(chunk)
    stdin_to_null()
    return b"".join(chunks)


def stdin_to_null() -> None:
    """Nothing may read the job from fd 0 later (under gVisor /proc/1/fd/0 is readable by other uids)."""
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.close(null)


def start_supervisor() -> tuple[socket.socket, int, int]:
    """Forks the supervisor before the job arrives; it imports pytest meanwhile, then reads the job from a pipe.
    Returns the launcher's end of the control channel, the pipe's write end and the supervisor's pid."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    job_r, job_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            ours.close()
            os.close(job_w)
            stdin_to_null()
            from pygrade_runner import supervisor  # pytest, hypothesis and the plugin, before the job arrives

            with os.fdopen(job_r, "rb") as job_pipe:
                job = json.loads(job_pipe.read().decode("utf-8"))
            code = supervisor.main(job, theirs, grader_uid_of(job))
        except Exception:
            traceback.print_exc()
        finally:
            os._exit(code)
    theirs.close()
    os.close(job_r)
    return ours, job_w, pid


def start_learner_parent() -> socket.socket:
    """Execs the learner parent before the job arrives (it imports the learner server meanwhile). Returns the
    launcher's end of its channel."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    pid = os.fork()
    if pid == 0:
        try:
            ours.close()
            null = os.open("/dev/null", os.O_RDWR)
            os.dup2(null, 0)
            os.dup2(null, 1)  # only the supervisor writes to stdout
            os.dup2(theirs.fileno(), 3)
            os.set_inheritable(3, True)
            os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # nothing of the supervisor's or the job's
            os.execve(LEARNER_PARENT_COMMAND[0], [*LEARNER_PARENT_COMMAND, "3"], LEARNER_ENV)
        finally:
            os._exit(127)
    theirs.close()
    return ours


def grader_uid_of(job: dict[str, Any]) -> int:
    return int(job.get("sandbox", {}).get("graderUid", GRADER_UID))


def send_job(job_w: int, data: bytes) -> None:
    """Hands the job to the supervisor (it reads to end of file)."""
    with os.fdopen(job_w, "wb") as job_pipe:
        job_pipe.write(data)


class Launcher:
    def __init__(self, job: dict[str, Any], supervisor_pid: int, learner_parent: socket.socket) -> None:
        self.job = job
        sandbox = job.get("sandbox", {})
        learner = int(sandbox.get("learnerUid", DEFAULT_LEARNER_UID))
        reference = int(sandbox.get("referenceUid", learner + 1))
        self.grader_uid = grader_uid_of(job)
        if len({learner, reference, self.grader_uid, 0}) != 4:
            raise ValueError("each role needs its own non-root uid")
        self.limits = job["limits"]
        # role -> (uid, processes): benchmark processes may not start others, whose CPU time would go unseen.
        self.roles = {
            "learner": (learner, self.limits["processes"]),
            "bench": (learner, 1),
            "reference": (reference, 1),
            "count": (learner, 1),
            "count-reference": (reference, 1),
        }
        self.exits: dict[int, dict[str, Any]] = {}
        self.supervisor_pid = supervisor_pid
        self.learner_parent = learner_parent

    # ---- processes ------------------------------------------------------------------------------------
    def spawn(self, role: str, fds: Sequence[int]) -> int:
        uid, processes = self.roles[role]
        if role in FORKED_ROLES:
            return self._fork_from_parent(uid, processes, fds)
        pid = os.fork()
        if pid == 0:
            try:
                self._exec_counted(uid, fds)
            finally:
                os._exit(127)
        for fd in fds:
            os.close(fd)
        return pid

    def _fork_from_parent(self, uid: int, processes: int, fds: Sequence[int]) -> int:
        request = {"uid": uid, "processes": processes, "limits": self.limits}
        try:
            socket.send_fds(self.learner_parent, [json.dumps(request).encode()], fds)
        finally:
            for fd in fds:
                os.close(fd)
        while True:
            message: dict[str, Any] = self._from_parent(block=True)  # type: ignore[assignment]  # None only unblocked
            if "pid" in message:
                return message["pid"]
            if "error" in message:
                raise RuntimeError(message["error"])

    def _from_parent(self, block: bool) -> dict[str, Any] | None:
        """The learner parent's next message, after recording it if it reports an exit; None when there is none."""
        try:
            data = self.learner_parent.recv(MAX_MESSAGE, 0 if block else socket.MSG_DONTWAIT)
        except BlockingIOError:
            return None
        if not data:
            raise RuntimeError("the learner parent is gone")
        message = json.loads(data)
        if "exit" in message:
            self.exits[message["exit"]["pid"]] = message["exit"]
        return message

    def _exec_counted(self, uid: int, fds: Sequence[int]) -> NoReturn:
        """A counted benchmark process: the counter's host under valgrind, confined like every learner process."""
        dumps = COUNT_DUMPS.format(uid=uid)
        confine(uid, 1, self.limits, fds, extra_address_space=COUNT_ADDRESS_SLACK)
        # callgrind checks at start that it can write its output file: its folder exists, the process's own.
        os.makedirs(os.path.dirname(dumps), mode=0o700, exist_ok=True)
        command = [*COUNT_COMMAND, f"--callgrind-out-file={dumps}", *PYTHON, "-m", "pygrade_runner.count_server", dumps]
        os.execve(command[0], command, LEARNER_ENV)

    def kill_role(self, role: str) -> None:
        """Kills every process of the role's uid, by a process of that uid: we hold no CAP_KILL."""
        uid = self.roles[role][0]
        pid = os.fork()
        if pid == 0:
            try:
                os.setgroups([])
                os.setresgid(uid, uid, uid)
                os.setresuid(uid, uid, uid)
                for _ in range(2000):
                    try:
                        os.kill(-1, signal.SIGKILL)
                    except ProcessLookupError:
                        pass  # nothing of this uid is left to signal
                    if not live_processes_of(uid, exclude=os.getpid()):
                        os._exit(0)
                    time.sleep(0.002)
                os._exit(1)
            finally:
                os._exit(2)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            self.reap()
            if pid in self.exits:
                self.exits.pop(pid)
                return
            time.sleep(0.002)
        log(f"could not kill every process of {role}")

    def reap(self) -> None:
        while self._from_parent(block=False) is not None:
            pass
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            self.exits[pid] = exit_record(pid, status, usage)

    # ---- the supervisor's requests ---------------------------------------------------------------------
    def serve(self, channel: socket.socket) -> dict[str, Any]:
        pending: list[tuple[int, float]] = []  # status requests for processes not reaped yet: (pid, deadline)
        while True:
            self.reap()
            if self.supervisor_pid in self.exits:
                return self.exits[self.supervisor_pid]
            for pid, deadline in list(pending):
                if pid in self.exits or time.monotonic() > deadline:
                    pending.remove((pid, deadline))
                    channel.send(json.dumps(self.exits.pop(pid, {"pid": pid, "unknown": True})).encode())
            readable, _, _ = select.select([channel, self.learner_parent], [], [], 0.005 if pending else 0.05)
            if channel not in readable:
                continue
            try:
                data, fds, _, _ = socket.recv_fds(channel, 65536, 8)
            except OSError:
                data, fds = b"", []
            if not data:
                continue  # the supervisor is gone; the next reap ends the loop
            request = json.loads(data)
            op = request.get("op")
            if op == "spawn":
                try:
                    reply: dict[str, Any] = {"pid": self.spawn(request["role"], fds)}
                except Exception as error:
                    reply = {"error": f"could not start a {request.get('role')} process: {error}"}
                channel.send(json.dumps(reply).encode())
            elif op == "kill":
                self.kill_role(request["role"])
                channel.send(b'{"ok":true}')
            elif op == "status":
                pending.append((request["pid"], time.monotonic() + float(request.get("timeout", 3))))
            else:
                channel.send(json.dumps({"error": f"unknown request {op}"}).encode())


def live_processes_of(uid: int, exclude: int) -> list[int]:
    """Pids of non-zombie processes whose real uid is uid."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == exclude:
            continue
        try:
            with open(f"/proc/{name}/status") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
        except OSError:
            continue
        if fields.get("State", "").strip().startswith("Z"):
            continue
        if int(fields.get("Uid", "-1").split()[0]) == uid:
            found.append(int(name))
    return found


def main() -> None:
    channel, job_w, supervisor_pid = start_supervisor()
    learner_parent = start_learner_parent()
    try:
        data = read_job()
        launcher = Launcher(json.loads(data.decode("utf-8")), supervisor_pid, learner_parent)
    except Exception:
        traceback.print_exc()
        sys.exit(70)  # the supervisor, still waiting for its job, ends with the container's first process
    try:
        send_job(job_w, data)
    except BrokenPipeError:
        pass  # the supervisor is gone already: serve() reaps it and ends
    ended = launcher.serve(channel)
    launcher.kill_role("learner")
    launcher.kill_role("reference")
    sys.exit(ended.get("code") or 0)


if __name__ == "__main__":
    main()
