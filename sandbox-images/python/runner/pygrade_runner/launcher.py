"""The container's first process: reads one job, starts the supervisor and, on its request, learner processes.

It starts as root with no capability but CAP_SETUID and CAP_SETGID, which it needs to give each process its own
uid. The supervisor is forked before the job is read and imports pytest while the launcher waits for stdin, so a
container started ahead of time (warm) only waits for its job. The launcher itself stays small: it forks a
process for every learner process and every kill, and forking a process that holds pytest and hypothesis costs
several times more. It never writes to stdout: the supervisor alone writes the result there.
"""

import json
import os
import resource
import select
import signal
import socket
import sys
import time
import traceback

from pygrade_runner.learner import address_space_bytes

MAX_JOB_BYTES = 64 * 1024 * 1024
GRADER_UID = 10000
DEFAULT_LEARNER_UID = 10001
# -s -P and not -I: -I would also ignore PYTHONHASHSEED below, and string hashing (set order, dict probing, every
# instruction count) would change from run to run. The environment is ours alone (LEARNER_ENV), so -E adds nothing.
LEARNER_COMMAND = ["/usr/bin/python3", "-s", "-P", "-m", "pygrade_runner.learner_host"]
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
LEARNER_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": "/learner",
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    # One malloc arena: each extra one reserves 64 MiB of address space, which the memory limit counts.
    "MALLOC_ARENA_MAX": "1",
}


def log(message):
    print(f"launcher: {message}", file=sys.stderr, flush=True)


def read_job():
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
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(0, min(remaining, 1 << 20))
        if not chunk:
            raise ValueError("stdin ended inside the job")
        chunks.append(chunk)
        remaining -= len(chunk)
    stdin_to_null()
    return b"".join(chunks)


def stdin_to_null():
    """Nothing may read the job from fd 0 later (under gVisor /proc/1/fd/0 is readable by other uids)."""
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.close(null)


def start_supervisor():
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


def grader_uid_of(job):
    return int(job.get("sandbox", {}).get("graderUid", GRADER_UID))


def send_job(job_w, data):
    """Hands the job to the supervisor (it reads to end of file)."""
    with os.fdopen(job_w, "wb") as job_pipe:
        job_pipe.write(data)


class Launcher:
    def __init__(self, job, supervisor_pid):
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
        self.exits = {}
        self.supervisor_pid = supervisor_pid

    # ---- processes ------------------------------------------------------------------------------------
    def spawn(self, role, fds):
        uid, processes = self.roles[role]
        pid = os.fork()
        if pid == 0:
            try:
                self._become_learner(role, uid, processes, fds)
            finally:
                os._exit(127)
        for fd in fds:
            os.close(fd)
        return pid

    def _become_learner(self, role, uid, processes, fds):
        os.setsid()
        high = [os.dup(fd) for fd in fds]  # out of the way of the targets 1..4
        for target, fd in enumerate(high, start=1):
            os.dup2(fd, target)
        null = os.open("/dev/null", os.O_RDONLY)
        os.dup2(null, 0)
        os.closerange(5, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
        limits = self.limits
        memory = address_space_bytes(limits)
        command = LEARNER_COMMAND
        if role.startswith("count"):
            dumps = COUNT_DUMPS.format(uid=uid)
            command = [*COUNT_COMMAND, f"--callgrind-out-file={dumps}", *LEARNER_COMMAND[:-1], "pygrade_runner.count_host", dumps]
            memory += COUNT_ADDRESS_SLACK
        for which, value in (
            (resource.RLIMIT_AS, memory),
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
        if role.startswith("count"):
            # callgrind checks at start that it can write its output file: its folder exists, the process's own.
            os.makedirs(os.path.dirname(dumps), mode=0o700, exist_ok=True)
        os.execve(command[0], command, LEARNER_ENV)

    def kill_role(self, role):
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

    def reap(self):
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            self.exits[pid] = {
                "pid": pid,
                "code": os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None,
                "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                "utime": usage.ru_utime,
                "stime": usage.ru_stime,
                "maxrssKb": usage.ru_maxrss,
            }

    # ---- the supervisor's requests ---------------------------------------------------------------------
    def serve(self, channel):
        pending = []  # status requests for processes not reaped yet: (pid, deadline)
        while True:
            self.reap()
            if self.supervisor_pid in self.exits:
                return self.exits[self.supervisor_pid]
            for pid, deadline in list(pending):
                if pid in self.exits or time.monotonic() > deadline:
                    pending.remove((pid, deadline))
                    channel.send(json.dumps(self.exits.pop(pid, {"pid": pid, "unknown": True})).encode())
            readable, _, _ = select.select([channel], [], [], 0.005 if pending else 0.05)
            if not readable:
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
                channel.send(json.dumps({"pid": self.spawn(request["role"], fds)}).encode())
            elif op == "kill":
                self.kill_role(request["role"])
                channel.send(b'{"ok":true}')
            elif op == "status":
                pending.append((request["pid"], time.monotonic() + float(request.get("timeout", 3))))
            else:
                channel.send(json.dumps({"error": f"unknown request {op}"}).encode())


def live_processes_of(uid, exclude):
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


def main():
    channel, job_w, supervisor_pid = start_supervisor()
    try:
        data = read_job()
        launcher = Launcher(json.loads(data.decode("utf-8")), supervisor_pid)
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
