"""The supervisor: writes the exercise's tests where only it can read them, runs them, reports the outcome."""

from __future__ import annotations

import ctypes
import json
import os
import platform
import sys
import time
import traceback

import pytest

from pygrade_runner import predict
from pygrade_runner.benchmark_driver import Benchmark, BenchmarkFailed
from pygrade_runner.control import LauncherControl
from pygrade_runner.plugin import GradingPlugin
from pygrade_runner.proxy import ModuleProxy, Session

TYPE_CHECKING = False
if TYPE_CHECKING:
    import socket
    from typing import Any

GRADER_HOME = "/grader"
BUNDLE = "/grader/bundle"
PR_SET_DUMPABLE = 4


def drop_privileges(uid: int) -> None:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    set_not_dumpable()


def set_not_dumpable() -> None:
    """Keeps other uids out of /proc/<pid>/{mem,environ,fd} of this process, whatever the kernel's default. Fails
    closed: OSError when it cannot, and the supervisor then reports an error instead of running the tests."""
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"prctl(PR_SET_DUMPABLE, 0) failed: {os.strerror(code)}")


def write_bundle(files: dict[str, str]) -> None:
    for name, text in files.items():
        parts = name.split("/")
        if name.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise ValueError(f"refused exercise file name {name!r}")
        path = os.path.join(BUNDLE, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)


def uses_hypothesis(files: dict[str, str]) -> bool:
    """Whether any of the exercise's own files (tests, helpers) names Hypothesis: only then is it imported."""
    return any("hypothesis" in text for text in files.values())


def configure_hypothesis() -> None:
    # Importing Hypothesis costs about as much as importing pytest, and most exercises never use it.
    from hypothesis import HealthCheck, settings

    # Deterministic and without a database: the same submission always gets the same grade.
    settings.register_profile(
        "pygrade",
        database=None,
        deadline=None,
        derandomize=True,
        print_blob=False,
        suppress_health_check=list(HealthCheck),
    )
    settings.load_profile("pygrade")


def run(job: dict[str, Any], control_sock: socket.socket, result_fd: int) -> None:
    started = time.monotonic()
    limits = job["limits"]
    job_deadline = started + limits["timeTotalMs"] / 1000
    exercise = job["exercise"]
    module = exercise.get("module") or "solution"
    os.umask(0o077)
    os.chmod(GRADER_HOME, 0o700)  # whatever the mount point's mode, only the supervisor may look inside
    os.makedirs(os.path.join(GRADER_HOME, "tmp"), exist_ok=True)
    os.environ.update({"HOME": GRADER_HOME, "TMPDIR": os.path.join(GRADER_HOME, "tmp")})
    write_bundle(exercise["files"])
    tests_dir = os.path.join(BUNDLE, "tests")
    os.makedirs(tests_dir, exist_ok=True)
    if exercise.get("kind") == "predict-output":
        predict.prepare(exercise.get("snippets", []), tests_dir, os.path.join(GRADER_HOME, "tmp"), module)
    with open(os.path.join(BUNDLE, "pytest.ini"), "w") as ini:
        # pythonpath: tests may import helper modules that sit next to them.
        ini.write("[pytest]\npython_files = test_*.py\npythonpath = tests\nfilterwarnings =\n    ignore\n")
    if uses_hypothesis(exercise["files"]):
        configure_hypothesis()
    if job.get("task") == "count-reference":
        emit(result_fd, count_reference(job, LauncherControl(control_sock), module, limits, job_deadline, started))
        return

    session = Session(LauncherControl(control_sock), job["submission"]["files"], module, limits)
    sys.modules[module] = ModuleProxy(module, session)
    plugin = GradingPlugin(session, limits, job_deadline)
    setup_ms = round((time.monotonic() - started) * 1000)
    os.chdir(BUNDLE)
    code = pytest.main(
        [
            "-c", os.path.join(BUNDLE, "pytest.ini"),
            "--rootdir", tests_dir,
            "-p", "no:cacheprovider",
            "-p", "no:stepwise",
            "-q",
            "--capture=no",
            "--import-mode=importlib",
            tests_dir,
        ],
        plugins=[plugin],
    )
    report: dict[str, Any] = {
        "schemaVersion": 1,
        "nonce": job["nonce"],
        "outcome": "completed",
        "pythonVersion": platform.python_version(),
        "tests": plugin.results,
        "collectErrors": plugin.collect_errors,
        "timings": {"setupMs": setup_ms, "testsMs": round((time.monotonic() - started) * 1000)},
    }
    if plugin.collected_at is not None:
        report["timings"]["collectedMs"] = round((plugin.collected_at - started) * 1000)
    if exercise.get("benchmark"):
        failing = failing_tests(exercise["benchmark"], plugin.results)
        if failing:
            # No performance point can be earned (the grader's PerformanceGate): do not spend the time measuring.
            report["benchmark"] = {"skipped": f"{failing} of the tests that use the measured code did not pass"}
        else:
            report["benchmark"] = Benchmark(
                exercise["benchmark"],
                session.control,
                job["submission"]["files"],
                reference_files(exercise),
                module,
                limits,
                job_deadline - 1,
            ).run()
    report["timings"]["totalMs"] = round((time.monotonic() - started) * 1000)
    if exercise.get("kind") == "predict-output":
        report["truths"] = predict.TRUTHS  # for the grader's catalog check; never part of the learner's feedback
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) or plugin.collect_errors:
        report["outcome"] = "error"
        report["error"] = f"the exercise's tests could not be run (pytest exit code {int(code)})"
    emit(result_fd, report)


def reference_files(exercise: dict[str, Any]) -> dict[str, str]:
    return {
        name[len("reference/") :]: text for name, text in exercise["files"].items() if name.startswith("reference/")
    }


def failing_tests(benchmark: dict[str, Any], results: list[dict[str, Any]]) -> int:
    """How many of the tests that used the measured names (all tests when none says) did not pass."""
    measured = {
        benchmark.get("entry"), (benchmark.get("instances") or {}).get("className"), *benchmark.get("slots", [])
    }
    relevant = [t for t in results if measured & set(t.get("uses", []))] or results
    return sum(1 for t in relevant if t["outcome"] != "passed")


def count_reference(
    job: dict[str, Any],
    control: LauncherControl,
    module: str,
    limits: dict[str, Any],
    deadline: float,
    started: float,
) -> dict[str, Any]:
    """A job that only counts the reference's instructions, for the grader's cache: no tests, no learner code."""
    benchmark = Benchmark(
        job["exercise"]["benchmark"], control, {}, reference_files(job["exercise"]), module, limits, deadline - 1
    )
    report: dict[str, Any] = {
        "schemaVersion": 1,
        "nonce": job["nonce"],
        "outcome": "completed",
        "pythonVersion": platform.python_version(),
        "tests": [],
    }
    try:
        counts = benchmark.count_reference(sorted(job["exercise"]["benchmark"]["sizes"]))
        report["benchmark"] = {"counts": {"sizes": [], "referenceCounts": counts}}
    except BenchmarkFailed as failure:
        report["benchmark"] = {"error": str(failure)}
    finally:
        control.kill_all("count-reference")
    report["timings"] = {"setupMs": 0, "testsMs": 0, "totalMs": round((time.monotonic() - started) * 1000)}
    return report


def emit(result_fd: int, report: dict[str, Any]) -> None:
    data = (json.dumps(report, separators=(",", ":")) + "\n").encode("utf-8")
    view = memoryview(data)
    while view:
        view = view[os.write(result_fd, view):]


def main(job: dict[str, Any], control_sock: socket.socket, grader_uid: int) -> int:
    """Entry point in the forked supervisor process; returns its exit code."""
    # Only this process writes the result, on a private copy of stdout; pytest's own output goes to stderr.
    result_fd = os.dup(1)
    os.set_inheritable(result_fd, False)
    os.dup2(2, 1)
    try:
        drop_privileges(grader_uid)
        run(job, control_sock, result_fd)
        return 0
    except BaseException as error:
        traceback.print_exc()
        emit(
            result_fd,
            {
                "schemaVersion": 1,
                "nonce": job.get("nonce", ""),
                "outcome": "error",
                "error": f"the supervisor failed: {type(error).__name__}: {error}"[:2000],
                "tests": [],
            },
        )
        return 1
