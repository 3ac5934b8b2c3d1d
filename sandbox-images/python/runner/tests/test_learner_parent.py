"""The learner parent forks confined learner processes (run as root inside the image, like the launcher)."""

import json
import os
import socket
import subprocess
import sys

import pytest

from pygrade_runner import wire

LIMITS = {"memoryBytes": 64 << 20, "fileSizeBytes": 1 << 20, "openFiles": 32, "timeTotalMs": 10_000}
UID = 10001

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to change uid; RunnerUnitTestsTest runs it so")


@pytest.fixture
def parent():
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    process = subprocess.Popen(
        [sys.executable, "-s", "-P", "-m", "pygrade_runner.learner_parent", str(theirs.fileno())],
        pass_fds=[theirs.fileno()],
        env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"},
    )
    theirs.close()
    ours.settimeout(10)
    yield ours
    ours.close()
    process.wait(timeout=10)


def spawn(channel, request):
    """Sends a spawn request with four fresh pipes; returns the reply and our ends (out, err, requests, replies)."""
    pipes = [os.pipe() for _ in range(4)]
    theirs = [pipes[0][1], pipes[1][1], pipes[2][0], pipes[3][1]]
    socket.send_fds(channel, [json.dumps(request).encode()], theirs)
    for fd in theirs:
        os.close(fd)
    return json.loads(channel.recv(65536)), [pipes[0][0], pipes[1][0], pipes[2][1], pipes[3][0]]


def init(ends, source):
    """Has the learner server import `source` as module m (in memory); returns its reply. Once it answers, the process
    is confined and serving."""
    os.write(ends[2], wire.encode_frame({"op": "init", "files": {"m.py": source}, "module": "m", "in_memory": True}))
    return wire.read_frame_blocking(wire.FrameReader(ends[3]))


def status_of(pid):
    with open(f"/proc/{pid}/status") as status:
        return dict(line.split(":", 1) for line in status)


def test_a_learner_process_runs_confined_under_its_uid_and_its_end_is_reported(parent):
    reply, ends = spawn(parent, {"uid": UID, "processes": 1, "limits": LIMITS})
    pid = reply["pid"]
    assert init(ends, "import os\nassert os.getuid() == 10001\n") == {"ok": None}
    status = status_of(pid)
    assert status["Uid"].split() == [str(UID)] * 4
    assert status["Gid"].split() == [str(UID)] * 4
    assert status["CapEff"].strip() == "0000000000000000"
    assert os.stat(f"/proc/{pid}/clear_refs").st_uid == UID  # dumpable, as after an exec: it can reset its own peak
    assert sorted(int(fd) for fd in os.listdir(f"/proc/{pid}/fd")) == [0, 1, 2, 3, 4]
    with open(f"/proc/{pid}/limits") as limits:
        assert any(line.startswith("Max processes") and line.split()[2] == "1" for line in limits)
    os.close(ends[2])  # end of the requests: the learner server returns, and its process exits normally
    message = json.loads(parent.recv(65536))
    assert message["exit"]["pid"] == pid
    assert message["exit"]["code"] == 0
    for fd in ends[:2] + ends[3:]:
        os.close(fd)


def test_nothing_one_learner_process_leaves_behind_reaches_the_next(parent):
    first, first_ends = spawn(parent, {"uid": UID, "processes": 1, "limits": LIMITS})
    left = (
        "import builtins, os, sys\nimport pygrade_runner.wire as w\n"
        "w.LEFT = builtins.LEFT = sys.LEFT = 1\nos.environ['LEFT'] = '1'\n"
    )
    assert init(first_ends, left) == {"ok": None}
    second, second_ends = spawn(parent, {"uid": UID, "processes": 1, "limits": LIMITS})
    looked = (
        "import builtins, os, sys\nimport pygrade_runner.wire as w\n"
        "assert not any(hasattr(x, 'LEFT') for x in (w, builtins, sys)) and 'LEFT' not in os.environ\n"
    )
    assert init(second_ends, looked) == {"ok": None}
    assert first["pid"] != second["pid"]
    assert status_of(first["pid"])["PPid"] == status_of(second["pid"])["PPid"]
    for fd in first_ends + second_ends:
        os.close(fd)


def test_a_root_learner_process_is_refused(parent):
    reply, ends = spawn(parent, {"uid": 0, "processes": 1, "limits": LIMITS})
    assert reply == {"error": "a learner process needs a non-root uid"}
    for fd in ends:
        os.close(fd)
