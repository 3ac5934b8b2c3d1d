"""The supervisor makes itself undumpable or does not run at all; runs inside the sandbox image (see
RunnerUnitTestsTest)."""

import ctypes
import errno
import json
import os

import pytest

from pygrade_runner import supervisor

PR_GET_DUMPABLE = 3


class RefusingLibc:
    """libc as ctypes.CDLL(None, use_errno=True) gives it, whose prctl fails as the kernel's does: -1 and errno."""

    def __init__(self, name, use_errno=False):
        assert name is None and use_errno

    def prctl(self, option, *args):
        assert (option, *args) == (supervisor.PR_SET_DUMPABLE, 0, 0, 0, 0)
        ctypes.set_errno(errno.EPERM)
        return -1


def test_a_refused_prctl_raises(monkeypatch):
    monkeypatch.setattr(supervisor.ctypes, "CDLL", RefusingLibc)
    with pytest.raises(OSError) as raised:
        supervisor.set_not_dumpable()
    assert raised.value.errno == errno.EPERM
    assert raised.value.strerror == f"prctl(PR_SET_DUMPABLE, 0) failed: {os.strerror(errno.EPERM)}"


def _in_child(body):
    """Runs body() in a forked child with its stdout on a pipe; returns the child's exit code and what it wrote."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            os.close(read_fd)
            os.dup2(write_fd, 1)
            code = body()
        finally:
            os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output


def test_the_real_prctl_makes_the_process_undumpable():
    def body():
        supervisor.set_not_dumpable()
        return ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)  # 0: not dumpable

    assert _in_child(body) == (0, b"")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to change uid; RunnerUnitTestsTest runs it so")
def test_the_supervisor_reports_an_error_and_runs_no_test_when_prctl_fails(monkeypatch):
    monkeypatch.setattr(supervisor.ctypes, "CDLL", RefusingLibc)

    def run(*args):
        raise AssertionError("the job ran")

    monkeypatch.setattr(supervisor, "run", run)
    code, output = _in_child(lambda: supervisor.main({"nonce": "n"}, None, 200000))
    assert code == 1
    report = json.loads(output)
    assert report["outcome"] == "error"
    assert report["nonce"] == "n"
    failure = "the supervisor failed: PermissionError: [Errno 1] prctl(PR_SET_DUMPABLE, 0) failed"
    assert report["error"].startswith(failure)
