"""The pytest plugin of the supervisor: one learner process per test, limits, and an outcome per test."""

from __future__ import annotations

import re
import signal
import time
from contextlib import contextmanager

import pytest
from _pytest._io.saferepr import saferepr
from _pytest.runner import runtestprotocol

from pygrade_runner import faults
from pygrade_runner.learner_client import OutputCapture, output_fault, test_wall_seconds

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Generator, Iterator
    from types import FrameType
    from typing import Any, NoReturn

    from _pytest.reports import CollectReport, TestReport

    from pygrade_runner.proxy import Session

PYTEST_ERROR_PREFIX = re.compile(r"^E {0,7}")
MAX_MESSAGE = 2000


class GradingPlugin:
    def __init__(self, session: Session, limits: dict[str, Any], job_deadline: float) -> None:
        self.session = session
        self.limits = limits
        self.job_deadline = job_deadline
        self.capture = OutputCapture(limits["outputBytes"])
        self.results: list[dict[str, Any]] = []
        self.collect_errors: list[dict[str, str]] = []
        self.comparison: tuple[str, str] | None = None
        self.exceptions: dict[str | None, BaseException] = {}
        self.collected_at: float | None = None

    # ---- collection: module-level `from solution import f` is resolved in a learner of its own ------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(self, session: pytest.Session) -> None:
        self.session.begin(self._deadline(), self.capture)
        self.session.collecting = True

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.collected_at = time.monotonic()
        self.session.end()
        self.session.collecting = False
        self.session.deadline = None

    def pytest_collectreport(self, report: CollectReport) -> None:
        if report.failed:
            self.collect_errors.append({"id": report.nodeid, "message": str(report.longrepr)[-4000:]})

    # ---- one test ---------------------------------------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> bool:
        if time.monotonic() >= self.job_deadline:
            total = self.limits["timeTotalMs"] / 1000
            self.results.append(
                self._result(item, "timeout", 0, f"not run: the job's total time limit of {total:g} s ran out")
            )
            return True
        deadline = self._deadline()
        self.capture.start_test()
        self.session.begin(deadline, self.capture)
        self.comparison = None
        self.exceptions = {}
        started = time.perf_counter()
        with _alarm(deadline + 1.0):
            try:
                reports = runtestprotocol(item, nextitem=nextitem, log=False)
            except faults.LearnerFault as fault:  # raised by the alarm outside any test phase
                self.session.record(fault)
                reports = []
        duration = time.perf_counter() - started
        ended = self.session.end()
        if self.capture.exceeded:
            self.session.record(output_fault(self.limits))
        self.results.append(self._classify(item, reports, duration, ended))
        return True

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, None]:
        try:
            yield
        finally:
            self.session.stop_answering()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, object, None]:
        yield
        if call.excinfo is not None:
            self.exceptions[call.when] = call.excinfo.value

    def pytest_assertrepr_compare(
        self, config: pytest.Config, op: str, left: object, right: object
    ) -> list[str] | None:
        if op != "==":
            return None
        self.comparison = (saferepr(left, maxsize=MAX_MESSAGE), saferepr(right, maxsize=MAX_MESSAGE))
        if _large(left) or _large(right):
            # pytest's own diff of megabyte strings or long lists takes minutes: say where they differ instead.
            return [f"{saferepr(left, maxsize=80)} == {saferepr(right, maxsize=80)}", *_difference(left, right)]
        return None

    # ---- outcome --------------------------------------------------------------------------------------------
    def _deadline(self) -> float:
        return min(time.monotonic() + test_wall_seconds(self.limits), self.job_deadline)

    def _classify(
        self, item: pytest.Item, reports: list[TestReport], duration: float, ended: dict[str, Any] | None
    ) -> dict[str, Any]:
        fault = self.session.fault
        failed = next((r for r in reports if r.failed), None)
        skipped = next((r for r in reports if r.skipped), None)
        result = self._result(item, "passed", duration)
        if fault is not None:
            result.update(outcome=fault.status, message=fault.message)
        elif failed is not None:
            error = self.exceptions.get(failed.when)
            if isinstance(error, faults.AuthoringError):
                result.update(outcome="error", message=f"the exercise's test is broken: {error}")
            elif failed.when != "call" and not _from_learner(error):
                result.update(outcome="error", message=_crash_message(failed))
            else:
                result.update(outcome="failed", message=_failure_message(failed, error))
                if isinstance(error, AssertionError) and self.comparison is not None:
                    result.update(actual=self.comparison[0], expected=self.comparison[1])
            example = counterexample(failed.longreprtext or "")
            if example:
                result["counterexample"] = example
        elif skipped is not None:
            result.update(outcome="skipped", message=_crash_message(skipped))
        result["output"] = self.capture.text()
        result["uses"] = sorted(self.session.used)
        if ended:
            result["learnerCpuMs"] = round((ended.get("utime", 0) + ended.get("stime", 0)) * 1000)
            result["learnerMaxRssKb"] = ended.get("maxrssKb")
        return result

    def _result(self, item: pytest.Item, outcome: str, duration: float, message: str | None = None) -> dict[str, Any]:
        file_name, _, _ = item.nodeid.partition("::")
        result: dict[str, Any] = {
            "id": item.nodeid,
            "file": file_name,
            "name": item.name,
            "function": getattr(item, "originalname", item.name),
            "outcome": outcome,
            "durationMs": round(duration * 1000),
        }
        if message:
            result["message"] = message
        return result


def counterexample(text: str) -> str | None:
    """Hypothesis' shrunk "Falsifying example: test(x=...)" block, without pytest's "E" margin. Explicit
    examples (@example) are the author's inputs and are never returned."""
    lines = [PYTEST_ERROR_PREFIX.sub("", line) for line in text.splitlines()]
    for start, line in enumerate(lines):
        if line.startswith("Falsifying example:"):
            block = []
            for more in lines[start:]:
                block.append(more.rstrip())
                if more.strip() == ")" or (len(block) == 1 and more.rstrip().endswith(")")):
                    break
            return "\n".join(block)[:MAX_MESSAGE]
    return None


def _large(value: object) -> bool:
    return isinstance(value, (str, bytes, list, tuple)) and len(value) > 5000


def _difference(left: object, right: object) -> list[str]:
    """Lengths and the first index where two sequences differ, found by bisecting on prefixes."""
    lines = []
    if isinstance(left, (str, bytes, list, tuple)) and isinstance(right, (str, bytes, list, tuple)):
        if len(left) != len(right):
            lines.append(f"lengths differ: {len(left)} and {len(right)}")
        low, high = 0, min(len(left), len(right))
        while low < high:
            middle = (low + high + 1) // 2
            if left[:middle] == right[:middle]:
                low = middle
            else:
                high = middle - 1
        if low < min(len(left), len(right)) or len(left) != len(right):
            lines.append(
                f"first difference at index {low}: {saferepr(left[low:low + 40])} != {saferepr(right[low:low + 40])}"
            )
    return lines


def _from_learner(error: BaseException | None) -> bool:
    return isinstance(error, faults.LearnerFault) or hasattr(error, "_pygrade_message")


def _failure_message(report: TestReport, error: BaseException | None) -> str:
    if isinstance(error, faults.LearnerFault):
        return error.message
    if error is not None and hasattr(error, "_pygrade_message"):
        where = getattr(error, "_pygrade_location", "")
        text = f"{type(error).__name__}: {error._pygrade_message}"
        return (text + (f" ({where})" if where else ""))[:MAX_MESSAGE]
    return _crash_message(report)


def _crash_message(report: TestReport) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    if text.startswith("AssertionError: assert "):
        text = text[len("AssertionError: ") :]
    lines = text.splitlines()
    return "\n".join(lines[:20])[:MAX_MESSAGE]


@contextmanager
def _alarm(at: float) -> Iterator[None]:
    """A backstop for a test that overruns its deadline outside a learner call (which has its own timeout)."""

    def expire(signum: int, frame: FrameType | None) -> NoReturn:
        raise faults.TimeLimit("the test did not finish within its time limit")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(0.001, at - time.monotonic()))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
