"""The supervisor's benchmark driver: measures the learner's code against the reference solution, each in its own
process under its own uid.

Speed is counted, not timed: in a counted process (count_server.py under valgrind's callgrind) every call of the
entry is one window in which callgrind counts the instructions executed, and nothing else. The count does not
depend on the machine, its load or the run, so one call per size is enough. The reference's counts are
deterministic too: the grader caches them per exercise version and image, and sends them with the job.
The supervisor generates the inputs (trusted generator, seeded), checks each result against the reference's
(computed in a plain reference process), stops a call that uses far more than the reference (its allowance is
SLOWEST_RATIO times the reference's instructions, turned into CPU time with the process's own calibrated speed),
and refuses a count that is far too small for the CPU time the call took (TAMPER_FACTOR).

Memory is tracemalloc's peak in one run and the kernel's peak resident size in a separate untraced run (tracing
distorts), in plain benchmark processes (learner_server.py with memory_harness.py); the grader cross-checks the two.
"""

from __future__ import annotations

import contextlib
import random
import time

from pygrade_runner import wire
from pygrade_runner.count_client import CountedProcess, CountFailed, OverBudget
from pygrade_runner.learner_client import LearnerProcess, OutputCapture, cpu_ns

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any, NoReturn

    from pygrade_runner.control import LauncherControl
    from pygrade_runner.count_client import Reply

# Every decision that shapes the measurements is taken on instructions, never on CPU time, so the same submission
# always gets the same measurements. CPU time only backs them up: it stops a call far beyond its allowance, and it
# refuses a count far too small for the time the call took.
#
# A call may use SLOWEST_RATIO times the reference's instructions at its size (at least MIN_ALLOWANCE), and all calls
# together `budgetRatio` (from the job: beyond every time band of the exercise) times the reference's total. A call
# beyond its allowance counts as "at least the allowance", whether it finished or was stopped.
SLOWEST_RATIO = 40
MIN_ALLOWANCE = 20_000_000
DEFAULT_BUDGET_RATIO = 8
# The CPU backstop: the allowance at the process's calibrated speed, times this, plus the fixed cost of a window
# (callgrind translates code it has not run before). Honest code runs within 5x of the calibration's speed.
BACKSTOP_FACTOR = 5.0
WINDOW_OVERHEAD_NS = 300e6
# A count is refused when the call's CPU time says it executed more than this many times as many instructions.
TAMPER_FACTOR = 8.0
# CPython 3.11 quickens a function's code after it has run 8 times, and quickened code executes far fewer
# instructions: before the counted calls, both sides make WARM_UP_CALLS calls at the smallest size, in one window
# whose count may be at most SLOWEST_RATIO times the reference's, and at least MIN_ALLOWANCE like any call (a fixed
# cost per call weighs most at the smallest size).
WARM_UP_CALLS = 10
# Importing the learner's module may cost at most this many instructions (or IMPORT_RATIO times the reference's):
# work done at import, outside every window, must not carry the benchmark.
IMPORT_FLOOR = 50_000_000
IMPORT_RATIO = 10


class BenchmarkFailed(Exception):
    """The benchmark could not go on; the message is for the learner (or says the exercise is broken)."""


class TooSlow(BenchmarkFailed):
    """A request did not finish by the process's deadline."""

    def __init__(self, message: str, peer: Peer) -> None:
        super().__init__(message)
        self.peer = peer


class Peer:
    """A benchmark process: the learner's code (role bench) or the reference (role reference)."""

    def __init__(
        self,
        control: LauncherControl,
        role: str,
        files: dict[str, str],
        module: str,
        in_memory: bool,
        limits: dict[str, Any],
        deadline: float,
    ) -> None:
        self.role = role
        self.limits = limits
        self.deadline = deadline
        capture = OutputCapture(limits["outputBytes"])
        self.process = LearnerProcess(control, role, capture, lambda: control.kill_all(role))
        self.call({"op": "init", "files": files, "module": module, "in_memory": in_memory}, what="import")

    def request(
        self,
        op: str,
        payload: Sequence[Any] = (),
        what: str | None = None,
        cpu_limit_ns: float | None = None,
        **fields: Any,
    ) -> Any:
        encoder = wire.Encoder(_no_objects)
        message = {"op": op, "payload": encoder.encode(tuple(payload)), **fields}
        reply = self.call(message, what or op, cpu_limit_ns)
        try:
            return wire.decode(reply.get("ok"), _no_tags)
        except wire.WireError as error:
            raise BenchmarkFailed(f"{self.name()} sent an invalid answer: {error}") from None

    def call(self, message: dict[str, Any], what: str, cpu_limit_ns: float | None = None) -> dict[str, Any]:
        """One request; TooSlow when it uses more than cpu_limit_ns of CPU or reaches the wall deadline."""
        started = cpu_ns(self.process.pid)
        try:
            self.process.send(message, self.deadline)
            while True:
                try:
                    reply = self.process.receive(min(self.deadline, time.monotonic() + 0.05))
                    break
                except TimeoutError:
                    used = cpu_ns(self.process.pid) - started
                    if time.monotonic() >= self.deadline or (cpu_limit_ns is not None and used > cpu_limit_ns):
                        raise TooSlow(
                            f"{self.name()} did not finish the benchmark ({what}) within its time", self
                        ) from None
        except (EOFError, wire.WireError):
            fault = self.process.fault_for_death(self.limits)
            raise BenchmarkFailed(f"{self.name()} stopped during the benchmark ({what}): {fault.message}") from None
        except TimeoutError:
            raise TooSlow(f"{self.name()} did not accept the benchmark request ({what})", self) from None
        if "raise" in reply:
            error = reply["raise"]
            raise BenchmarkFailed(
                f"{self.name()} raised {error.get('type')}: {error.get('message', '')[:300]} ({what})"
            )
        if "ok" not in reply:
            raise BenchmarkFailed(f"{self.name()} sent something that is not an answer ({what})")
        return reply

    def name(self) -> str:
        return "your code" if self.role == "bench" else "the reference solution"

    def resident(self, field: str) -> int:
        """VmRSS or VmHWM of the process, in bytes, from the kernel."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
        raise BenchmarkFailed(f"the kernel does not report {field}")

    def close(self) -> None:
        self.process.kill()


def _no_objects(value: object) -> NoReturn:
    raise wire.WireError(f"cannot send a {type(value).__name__} to a benchmark process")


def _no_tags(tag: str, body: object) -> NoReturn:
    raise wire.WireError(f"a benchmark process may answer only plain values, not {tag}")


class Benchmark:
    def __init__(
        self,
        spec: dict[str, Any],
        control: LauncherControl,
        learner_files: dict[str, str],
        reference_files: dict[str, str],
        module: str,
        limits: dict[str, Any],
        deadline: float,
    ) -> None:
        self.spec = spec
        self.control = control
        self.learner_files = learner_files
        self.reference_files = reference_files
        self.module = module
        self.limits = limits
        self.deadline = deadline
        self.entry = spec.get("entry")
        namespace: dict[str, Any] = {}
        if spec.get("generator"):
            # dont_inherit: the generator is compiled with none of this module's __future__ imports.
            exec(compile(spec["generator"], "<benchmark generator>", "exec", dont_inherit=True), namespace)
        self.make_input: Any = namespace.get("make_input")
        self.report: dict[str, Any] = {}
        self.phases: dict[str, int] = {}
        self.memory_cpu_ns = spec.get("memoryBudgetMs", 10000) * 1e6

    def pair(self) -> tuple[Peer, Peer]:
        learner = Peer(self.control, "bench", self.learner_files, self.module, False, self.limits, self.deadline)
        reference = Peer(self.control, "reference", self.reference_files, self.module, True, self.limits, self.deadline)
        return learner, reference

    def input(self, n: int) -> tuple[Any, ...]:
        args = self.make_input(n, random.Random(self.spec.get("seed", 0) * 1_000_003 + n))
        return tuple(args) if isinstance(args, (tuple, list)) else (args,)

    def run(self) -> dict[str, Any]:
        try:
            if self.spec.get("sizes"):
                self.count()
            if self.spec.get("memory") or self.spec.get("instances") or self.spec.get("slots"):
                with self.phase("memory"):
                    self.memory()
        except BenchmarkFailed as failure:
            self.report["error"] = str(failure)
        finally:
            for role in ("learner", "reference", "count", "count-reference"):
                self.control.kill_all(role)
        self.report["phasesMs"] = self.phases
        return self.report

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Adds the wall time of the block to the report's phase `name` (for authors and the grading profile)."""
        started = time.monotonic()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0) + round((time.monotonic() - started) * 1000)

    # ---- instructions -----------------------------------------------------------------------------------
    def count(self) -> None:
        sizes = sorted(self.spec["sizes"])
        counts: dict[str, Any]
        counts = self.report["counts"] = {"sizes": []}
        known = self.spec.get("referenceCounts")
        if known is None:
            known = counts["referenceCounts"] = self.count_reference(sizes)
        counts["referenceImport"] = known["import"]
        reference = {int(n): count for n, count in known["sizes"].items()}
        budget_ratio = self.spec.get("budgetRatio", DEFAULT_BUDGET_RATIO)
        self.instructions_left = max(budget_ratio * sum(reference[n] for n in sizes), MIN_ALLOWANCE)
        with self.phase("expected"):
            expected = self.expected_results(sizes)
        learner = self.counted("count", self.learner_files, False)
        try:
            with self.phase("calibrate"):
                rate = self.calibrate(learner, counts)
            with self.phase("import"):
                loaded = learner.load()
            counts["learnerImport"] = loaded.instructions
            if loaded.status == "E":
                raise BenchmarkFailed(f"importing your module raised {loaded.text()}")
            if loaded.status == "N":
                raise BenchmarkFailed(f"your module has no `{self.entry}`")
            if loaded.instructions > max(IMPORT_FLOOR, IMPORT_RATIO * known["import"]):
                counts["tampered"] = (
                    f"importing your module executed {loaded.instructions} instructions: work done at import is "
                    "outside the measured calls"
                )
                return
            with self.phase("warmUp"):
                warm = self.warm_up(learner, sizes[0], max(SLOWEST_RATIO * known["warmUp"], MIN_ALLOWANCE), rate)
            counts["learnerWarmUp"] = warm
            if warm is None:
                raise BenchmarkFailed(
                    f"your code went beyond {SLOWEST_RATIO} times the reference's instructions in its first "
                    f"{WARM_UP_CALLS} calls, at n = {sizes[0]}: too slow to be measured"
                )
            with self.phase("sizes"):
                for n in sizes:
                    if not self.count_size(learner, n, reference[n], expected[n], rate, counts):
                        break
        finally:
            learner.close()

    def count_size(
        self, learner: CountedProcess, n: int, reference: int, expected: Any, rate: float, counts: dict[str, Any]
    ) -> bool:
        """Counts one call at size n; False when the learner's code went beyond its allowance (larger sizes would only
        cost more)."""
        entry = {"n": n, "reference": reference}
        counts["sizes"].append(entry)
        allowance = min(max(SLOWEST_RATIO * reference, MIN_ALLOWANCE), self.instructions_left)
        try:
            reply = learner.call(self.input(n), backstop(allowance, rate), self.spec.get("copyInputEachCall", False))
        except OverBudget as over:
            entry.update(incomplete=True, learner=allowance, learnerCpuNs=over.cpu_ns)
            return False
        except CountFailed as failure:
            raise BenchmarkFailed(f"{failure} (at n = {n})") from None
        if reply.instructions > allowance:
            entry.update(incomplete=True, learner=allowance, learnerCpuNs=reply.cpu_ns)
            return False
        entry.update(learner=reply.instructions, learnerCpuNs=reply.cpu_ns)
        self.instructions_left -= max(reply.instructions, 0)
        if reply.collector_off:
            counts["collectorOff"] = True
        self.check(reply, n, expected)
        if reply.instructions < 0:
            raise BenchmarkFailed("the instructions of your code could not be counted")
        if tampered(reply.instructions, reply.cpu_ns, rate):
            counts["tampered"] = (
                f"at n = {n} the count ({reply.instructions} instructions) is far too small for the CPU time the "
                f"call took ({reply.cpu_ns / 1e6:.0f} ms)"
            )
        return True

    def check(self, reply: Reply, n: int, expected: Any) -> None:
        if reply.status == "E":
            raise BenchmarkFailed(f"your code raised {reply.text()} on the benchmark input of size {n}")
        if reply.status == "M":
            raise BenchmarkFailed(
                f"your code changed its input during the benchmark (n = {n}); the function must not modify it"
            )
        if reply.status == "X":
            raise BenchmarkFailed(
                f"your function's result at size {n} is not plain data (numbers, strings, lists, ...)"
            )
        if reply.status != "R":
            raise BenchmarkFailed(f"the benchmark could not call your function at size {n}")
        if reply.value() != expected:
            raise BenchmarkFailed(
                f"your function's result on the benchmark input of size {n} differs from the reference's"
            )

    def count_reference(self, sizes: list[int]) -> dict[str, Any]:
        """The reference's counts, when the grader has none cached for this exercise version and image."""
        process = self.counted("count-reference", self.reference_files, True)
        try:
            self.calibrate(process, {})
            loaded = process.load()
            if loaded.status != "R" or loaded.instructions < 0:
                raise BenchmarkFailed(
                    f"the exercise is broken: its reference solution cannot be loaded ({loaded.status})"
                )
            measured: dict[str, Any] = {"import": loaded.instructions, "sizes": {}}
            measured["warmUp"] = self.warm_up(process, sizes[0], None, None)
            for n in sizes:
                reply = process.call(self.input(n), may_change_input=self.spec.get("copyInputEachCall", False))
                if reply.status != "R" or reply.instructions < 0:
                    raise BenchmarkFailed(f"the exercise is broken: its reference failed at size {n} ({reply.status})")
                measured["sizes"][str(n)] = reply.instructions
            return measured
        except CountFailed as failure:
            raise BenchmarkFailed(f"the exercise is broken: {failure}") from None
        finally:
            process.close()

    def warm_up(self, process: CountedProcess, n: int, allowance: int | None, rate: float | None) -> int | None:
        """Instructions of the warm-up calls, or None when they went beyond the allowance."""
        try:
            reply = process.warm_up(
                self.input(n), WARM_UP_CALLS, None if allowance is None else backstop(allowance, rate)  # type: ignore[arg-type]
            )
        except OverBudget:
            return None
        except CountFailed as failure:
            raise BenchmarkFailed(f"{failure} (warming up at n = {n})") from None
        if reply.status == "E":
            raise BenchmarkFailed(f"{process.name()} raised {reply.text()} on the benchmark input of size {n}")
        if reply.status != "R" or reply.instructions < 0:
            raise BenchmarkFailed(f"the benchmark could not warm up {process.name()} ({reply.status})")
        return None if allowance is not None and reply.instructions > allowance else reply.instructions

    def calibrate(self, process: CountedProcess, counts: dict[str, Any]) -> float:
        """Instructions per CPU nanosecond of this process, from a fixed workload run before any learner code. It runs
        twice and the second run counts: the first one pays for callgrind's translation of the interpreter's code,
        which later windows reuse."""
        process.calibrate()
        reply = process.calibrate()
        if reply.instructions <= 0 or reply.cpu_ns <= 0:
            raise BenchmarkFailed("the benchmark cannot count instructions here (is valgrind in the image?)")
        counts["calibration"] = {"instructions": reply.instructions, "cpuNs": reply.cpu_ns}
        return reply.instructions / reply.cpu_ns

    def counted(self, role: str, files: dict[str, str], in_memory: bool) -> CountedProcess:
        return CountedProcess(self.control, role, files, self.module, self.entry, in_memory, self.limits, self.deadline)

    def expected_results(self, sizes: list[int]) -> dict[int, Any]:
        """The reference's result at every size, from a plain (uncounted) reference process."""
        reference = Peer(self.control, "reference", self.reference_files, self.module, True, self.limits, self.deadline)
        try:
            return {n: reference.request("bench_call", self.input(n), entry=self.entry) for n in sizes}
        finally:
            reference.close()

    # ---- memory -------------------------------------------------------------------------------------------
    def memory(self) -> None:
        learner, reference = self.pair()
        try:
            memory = self.spec.get("memory")
            if memory:
                n = memory["size"]
                args = self.input(n)
                figures: dict[str, Any] = {"n": n}
                for peer, prefix in ((learner, "learner"), (reference, "reference")):
                    peer.request("bench_input", (n, args))
                    limit = self.memory_cpu_ns if peer is learner else None
                    figures[prefix + "Kernel"] = self.kernel_peak(peer, "bench_memory", (False,), n, limit=limit)
                    peer.request("bench_settle", (n,))
                    traced = peer.request("bench_memory", (True,), entry=self.entry, cpu_limit_ns=limit)
                    figures[prefix + "Traced"] = traced["bytes"]
                    figures[prefix + "Tracing"] = traced["tracing"]
                    peer.request("bench_release")
                self.report["memory"] = figures
            instances = self.spec.get("instances")
            if instances:
                count, fields = instances["count"], {"class": instances["className"], "factory": instances["factory"]}
                figures = {"className": instances["className"], "count": count}
                for peer, prefix in ((learner, "learner"), (reference, "reference")):
                    figures[prefix + "Kernel"] = self.kernel_peak(peer, "bench_instances", (count, False), None, fields)
                    peer.request("bench_release")
                    traced = peer.request("bench_instances", (count, True), **fields)
                    figures[prefix + "Traced"] = traced["bytes"]
                    figures[prefix + "Tracing"] = traced["tracing"]
                    peer.request("bench_release")
                self.report["instances"] = figures
            checks = []
            for name in self.spec.get("slots", []):
                checks.append({"className": name, **learner.request("bench_slots", **{"class": name})})
            if checks:
                self.report["slots"] = checks
        finally:
            learner.close()
            reference.close()

    def kernel_peak(
        self,
        peer: Peer,
        op: str,
        payload: Sequence[Any],
        n: int | None,
        fields: dict[str, Any] | None = None,
        limit: float | None = None,
    ) -> int:
        """The kernel's peak resident size of the process during one untraced run, above its size before it."""
        peer.request("bench_settle", (n,))
        base = peer.resident("VmRSS")
        peer.request(op, payload, entry=self.entry, cpu_limit_ns=limit, **(fields or {}))
        return max(0, peer.resident("VmHWM") - base)


def backstop(allowance: float, rate: float) -> float:
    """The CPU time after which a call of at most `allowance` instructions has certainly gone beyond it, in a process
    that runs `rate` instructions per ns."""
    return allowance / rate * BACKSTOP_FACTOR + WINDOW_OVERHEAD_NS


def tampered(instructions: int, cpu_ns: float, rate: float) -> bool:
    """Whether the CPU time of a call says it executed far more instructions than were counted."""
    return cpu_ns > TAMPER_FACTOR * instructions / rate + 2 * WINDOW_OVERHEAD_NS
