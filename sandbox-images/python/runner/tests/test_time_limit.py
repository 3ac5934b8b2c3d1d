"""A test's time limit is CPU time of the learner's process; the clock only stops code that waits."""

import subprocess
import sys
import time

import pytest

from pygrade_runner.proxy import Session

LIMITS = {"timePerTestMs": 300}


class SilentProcess:
    """A learner process that never answers; the real process behind `pid` computes or sleeps."""

    def __init__(self, pid):
        self.pid = pid

    def receive(self, deadline):
        time.sleep(max(0.0, deadline - time.monotonic()))
        raise TimeoutError


@pytest.fixture
def learner(request):
    process = subprocess.Popen([sys.executable, "-c", request.param])
    yield process
    process.kill()
    process.wait()


def session(wall_seconds):
    session = Session(control=None, files={}, module="solution", limits=LIMITS)
    session.deadline = time.monotonic() + wall_seconds
    return session


@pytest.mark.parametrize("learner", ["while True: pass"], indirect=True)
def test_code_that_computes_stops_at_its_cpu_time(learner):
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        session(wall_seconds=30)._receive(SilentProcess(learner.pid))
    assert time.monotonic() - started < 10
    fault = session(wall_seconds=30)._time_fault(SilentProcess(learner.pid))
    assert fault.message == "your code did not finish within the time limit of 0.3 s of CPU time"


@pytest.mark.parametrize("learner", ["import time; time.sleep(60)"], indirect=True)
def test_code_that_waits_stops_at_the_clock(learner):
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        session(wall_seconds=1)._receive(SilentProcess(learner.pid))
    assert time.monotonic() - started >= 1
    fault = session(wall_seconds=1)._time_fault(SilentProcess(learner.pid))
    assert fault.message.startswith("your code did not finish within 3.9 s (the limit is 0.3 s of CPU time")
