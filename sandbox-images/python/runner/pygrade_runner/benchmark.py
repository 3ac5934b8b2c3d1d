"""Performance measurements: the learner's code against the reference solution, each in its own process under
its own uid, driven by the supervisor.

Time is the CPU time the kernel accounts to each process (/proc/<pid>/schedstat, read from outside it), taken
in interleaved learner/reference samples of at least ~50 ms of each side's work; patching `time` inside a
process changes nothing. Budgets are CPU time too, so a busy machine slows the benchmark down but does not
change what it concludes: the learner's code may use a fixed multiple of the reference's CPU per sample
(beyond it the verdict cannot change) and a total (the exercise's time_budget). Memory is tracemalloc's peak in one run and the kernel's peak resident size in a
separate untraced run (tracing distorts); the grader cross-checks the two. The learner's results on the
benchmark inputs must equal the reference's.
"""

import math
import random
import statistics
import time

from pygrade_runner import faults, wire
from pygrade_runner.learner import LearnerProcess, OutputCapture

MAX_CALLS_PER_SAMPLE = 1 << 20
# Beyond this many times the reference's CPU a sample is stopped: no budget gives credit that far out.
SLOWEST_RATIO = 40
MIN_ALLOWANCE_NS = 300e6


class BenchmarkFailed(Exception):
    """The benchmark could not go on; the message is for the learner (or says the exercise is broken)."""


class TooSlow(BenchmarkFailed):
    """A request did not finish by the process's deadline; `cpu_ns` is what it had used by then."""

    def __init__(self, message, peer, cpu_ns):
        super().__init__(message)
        self.peer = peer
        self.cpu_ns = cpu_ns


class Peer:
    """A benchmark process: the learner's code (role bench) or the reference (role reference)."""

    def __init__(self, control, role, files, module, in_memory, limits, deadline):
        self.role = role
        self.limits = limits
        self.deadline = deadline
        capture = OutputCapture(limits["outputBytes"])
        self.process = LearnerProcess(control, role, capture, lambda: control.kill_all(role))
        self.call({"op": "init", "files": files, "module": module, "in_memory": in_memory}, what="import")

    def request(self, op, payload=(), what=None, cpu_limit_ns=None, **fields):
        encoder = wire.Encoder(_no_objects)
        message = {"op": op, "payload": encoder.encode(tuple(payload)), **fields}
        reply = self.call(message, what or op, cpu_limit_ns)
        try:
            return wire.decode(reply.get("ok"), _no_tags)
        except wire.WireError as error:
            raise BenchmarkFailed(f"{self.name()} sent an invalid answer: {error}") from None

    def call(self, message, what, cpu_limit_ns=None):
        """One request; TooSlow when it uses more than cpu_limit_ns of CPU or reaches the wall deadline."""
        started = self.cpu_ns()
        try:
            self.process.send(message, self.deadline)
            while True:
                try:
                    reply = self.process.receive(min(self.deadline, time.monotonic() + 0.05))
                    break
                except TimeoutError:
                    used = self.cpu_ns() - started
                    if time.monotonic() >= self.deadline or (cpu_limit_ns is not None and used > cpu_limit_ns):
                        raise TooSlow(f"{self.name()} did not finish the benchmark ({what}) within its time", self, used)
        except (EOFError, wire.WireError):
            fault = self.process.fault_for_death(self.limits)
            raise BenchmarkFailed(f"{self.name()} stopped during the benchmark ({what}): {fault.message}") from None
        except TimeoutError:
            raise TooSlow(f"{self.name()} did not accept the benchmark request ({what})", self, 0) from None
        if "raise" in reply:
            error = reply["raise"]
            raise BenchmarkFailed(f"{self.name()} raised {error.get('type')}: {error.get('message', '')[:300]} ({what})")
        if "ok" not in reply:
            raise BenchmarkFailed(f"{self.name()} sent something that is not an answer ({what})")
        return reply

    def name(self):
        return "your code" if self.role == "bench" else "the reference solution"

    def cpu_ns(self):
        """CPU time the kernel has accounted to the process (all its threads: it may start none)."""
        try:
            with open(f"/proc/{self.process.pid}/schedstat") as stat:
                return int(stat.read().split()[0])
        except OSError:
            raise BenchmarkFailed("the kernel does not show this process's CPU time (schedstat)") from None

    def resident(self, field):
        """VmRSS or VmHWM of the process, in bytes, from the kernel."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
        raise BenchmarkFailed(f"the kernel does not report {field}")

    def close(self):
        self.process.kill()


def _no_objects(value):
    raise wire.WireError(f"cannot send a {type(value).__name__} to a benchmark process")


def _no_tags(tag, body):
    raise wire.WireError(f"a benchmark process may answer only plain values, not {tag}")


class Benchmark:
    def __init__(self, spec, control, learner_files, reference_files, module, limits, deadline):
        self.spec = spec
        self.control = control
        self.learner_files = learner_files
        self.reference_files = reference_files
        self.module = module
        self.limits = limits
        self.deadline = deadline
        self.entry = spec.get("entry")
        namespace = {}
        if spec.get("generator"):
            exec(compile(spec["generator"], "<benchmark generator>", "exec"), namespace)
        self.make_input = namespace.get("make_input")
        self.report = {"sizes": [], "gcTampered": False}
        self.learner_cpu_left = 0
        self.in_flight = 1  # calls in the sample being run, for a lower bound if it runs out of time
        self.memory_cpu_ns = spec.get("memoryBudgetMs", 10000) * 1e6

    def pair(self):
        learner = Peer(self.control, "bench", self.learner_files, self.module, False, self.limits, self.deadline)
        reference = Peer(self.control, "reference", self.reference_files, self.module, True, self.limits, self.deadline)
        return learner, reference

    def input(self, n):
        args = self.make_input(n, random.Random(self.spec.get("seed", 0) * 1_000_003 + n))
        return tuple(args) if isinstance(args, (tuple, list)) else (args,)

    def run(self):
        try:
            if self.spec.get("sizes"):
                self.timing()
            if self.spec.get("memory") or self.spec.get("instances") or self.spec.get("slots"):
                self.memory()
        except BenchmarkFailed as failure:
            self.report["error"] = str(failure)
        finally:
            self.control.kill_all("learner")
            self.control.kill_all("reference")
        return self.report

    # ---- time ---------------------------------------------------------------------------------------------
    def timing(self):
        learner, reference = self.pair()
        self.learner_cpu_left = self.spec.get("timeBudgetMs", 8000) * 1e6
        try:
            for n in sorted(self.spec["sizes"]):
                if not self.time_size(learner, reference, n):
                    self.report["stoppedAt"] = n
                    break
        finally:
            learner.close()
            reference.close()

    def time_size(self, learner, reference, n):
        """Measures one size in interleaved learner/reference samples. Returns False when the learner's code
        used up its CPU allowance: larger sizes would only take longer."""
        args = self.input(n)
        for peer in (learner, reference):
            peer.request("bench_input", (n, args))
        expected = self.result(reference, n)
        entry = {"n": n, "learnerNs": [], "referenceNs": []}
        self.report["sizes"].append(entry)
        entry["referenceCalls"], reference_spent = self.calibrate(reference, n)
        reference_per_call = reference_spent / entry["referenceCalls"]
        self.in_flight = 1
        try:
            if self.result(learner, n, reference_per_call) != expected:
                raise BenchmarkFailed(f"your function's result on the benchmark input of size {n} differs from the reference's")
            entry["learnerCalls"], _ = self.calibrate(learner, n, reference_per_call)
            for round_number in range(self.spec.get("maxRounds", 15)):
                order = (learner, reference) if round_number % 2 == 0 else (reference, learner)
                for peer in order:
                    if peer is learner:
                        calls = entry["learnerCalls"]
                        entry["learnerNs"].append(self.sample(learner, n, calls, reference_per_call) / calls)
                    else:
                        calls = entry["referenceCalls"]
                        entry["referenceNs"].append(self.sample(reference, n, calls) / calls)
                ratios = ratios_of(entry)
                if len(ratios) >= self.spec.get("minRounds", 5) and median_error(ratios) <= self.spec.get("targetError", 0.02):
                    break
                if self.learner_cpu_left <= 0 and len(ratios) >= 3:
                    break
        except TooSlow as slow:
            if slow.peer is not learner:
                raise
            learner.close()
            if not entry["learnerNs"] or not entry["referenceNs"]:
                # A lower bound: what the learner's code had used when it was stopped, per call it was making.
                bound = slow.cpu_ns / self.in_flight
                previous = self.report["sizes"][-2]["learnerNs"] if len(self.report["sizes"]) > 1 else []
                if previous and bound <= statistics.median(previous):
                    self.report["sizes"].pop()  # stopped before it said anything: no information
                    return False
                entry["learnerNs"] = [bound]
                entry["referenceNs"] = entry["referenceNs"][:1] or [reference_per_call]
                entry["incomplete"] = True
            entry["learnerNs"] = entry["learnerNs"][: len(entry["referenceNs"])]
            return False
        if learner.request("bench_last", entry=self.entry) != expected:
            raise BenchmarkFailed(f"your function's timed result at size {n} differs from the reference's")
        return self.learner_cpu_left > 0

    def result(self, peer, n, reference_per_call=None):
        peer.request("bench_prepare", (n, 1, True))
        self.in_flight = 1
        self.run_sample(peer, 1, reference_per_call)
        return peer.request("bench_last", entry=self.entry)

    def calibrate(self, peer, n, reference_per_call=None):
        """Calls per sample so that one sample is at least ~50 ms of the process's CPU time, and the CPU time of
        the last (warm-up) sample with that many calls."""
        target = self.spec.get("minSampleMs", 50) * 1e6
        calls = 1
        while True:
            spent = self.sample(peer, n, calls, reference_per_call)
            if spent >= target or calls >= MAX_CALLS_PER_SAMPLE:
                return calls, spent
            calls = min(MAX_CALLS_PER_SAMPLE, max(calls * 2, math.ceil(calls * target * 1.2 / max(spent, 1))))

    def sample(self, peer, n, calls, reference_per_call=None):
        """CPU nanoseconds of `calls` calls. A learner's sample (reference_per_call given) may use at most
        SLOWEST_RATIO times the reference's CPU for as many calls, and what is left of its total budget."""
        peer.request("bench_prepare", (n, calls, self.spec.get("copyInputEachCall", False)))
        self.in_flight = calls
        return self.run_sample(peer, calls, reference_per_call)

    def run_sample(self, peer, calls, reference_per_call):
        limit = None
        if reference_per_call is not None:
            limit = min(max(SLOWEST_RATIO * reference_per_call * calls, MIN_ALLOWANCE_NS), max(self.learner_cpu_left, MIN_ALLOWANCE_NS))
        before = peer.cpu_ns()
        try:
            outcome = peer.request("bench_run", entry=self.entry, cpu_limit_ns=limit)
        except TooSlow as slow:
            self.learner_cpu_left -= slow.cpu_ns
            raise
        spent = peer.cpu_ns() - before
        if reference_per_call is not None:
            self.learner_cpu_left -= spent
        if outcome.get("collectorOn") is not True:
            self.report["gcTampered"] = True
        if outcome.get("inputUnchanged") is not True:
            raise BenchmarkFailed(
                f"{peer.name()} changed its input during the benchmark; the function must not modify it"
            )
        return spent

    # ---- memory -------------------------------------------------------------------------------------------
    def memory(self):
        learner, reference = self.pair()
        try:
            memory = self.spec.get("memory")
            if memory:
                n = memory["size"]
                args = self.input(n)
                figures = {"n": n}
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

    def kernel_peak(self, peer, op, payload, n, fields=None, limit=None):
        """The kernel's peak resident size of the process during one untraced run, above its size before it."""
        peer.request("bench_settle", (n,))
        base = peer.resident("VmRSS")
        peer.request(op, payload, entry=self.entry, cpu_limit_ns=limit, **(fields or {}))
        return max(0, peer.resident("VmHWM") - base)


def ratios_of(entry):
    return [a / b for a, b in zip(entry["learnerNs"], entry["referenceNs"])]


def median_error(values):
    """Relative standard error of the median of the samples, from their interquartile range (a normal core:
    sigma = IQR / 1.349, standard error of the median = 1.2533 sigma / sqrt(k)). It shrinks as rounds are added,
    so noisier sizes take more rounds to reach the same precision instead of always running to the maximum."""
    if len(values) < 4:
        return math.inf
    q1, _, q3 = statistics.quantiles(values, n=4)
    return 1.2533 * (q3 - q1) / 1.349 / statistics.median(values) / math.sqrt(len(values))
