"""Performance measurements: the learner's code against the reference solution, each in its own process under
its own uid, driven by the supervisor.

Time is the CPU time the kernel accounts to each process (/proc/<pid>/schedstat, read from outside it), taken
in interleaved learner/reference samples of at least ~50 ms of the reference's work; patching `time` inside a
process changes nothing. Memory is tracemalloc's peak in one run and the kernel's peak resident size in a
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

    def request(self, op, payload=(), what=None, **fields):
        encoder = wire.Encoder(_no_objects)
        reply = self.call({"op": op, "payload": encoder.encode(tuple(payload)), **fields}, what or op)
        try:
            return wire.decode(reply.get("ok"), _no_tags)
        except wire.WireError as error:
            raise BenchmarkFailed(f"{self.name()} sent an invalid answer: {error}") from None

    def call(self, message, what):
        started = self.cpu_ns()
        try:
            self.process.send(message, self.deadline)
            reply = self.process.receive(self.deadline)
        except TimeoutError:
            raise TooSlow(
                f"{self.name()} did not finish the benchmark ({what}) within its time", self, self.cpu_ns() - started
            ) from None
        except (EOFError, wire.WireError):
            fault = self.process.fault_for_death(self.limits)
            raise BenchmarkFailed(f"{self.name()} stopped during the benchmark ({what}): {fault.message}") from None
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
        self.entry = spec["entry"]
        namespace = {}
        exec(compile(spec["generator"], "<benchmark generator>", "exec"), namespace)
        self.make_input = namespace["make_input"]
        self.report = {"sizes": [], "gcTampered": False}
        self.in_flight = 1  # calls in the sample being run, for a lower bound if it runs out of time
        self.memory_budget_s = spec.get("memoryBudgetMs", 10000) / 1000

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
        sizes = sorted(self.spec["sizes"])
        budget_end = min(self.deadline, time.monotonic() + self.spec.get("timeBudgetMs", 8000) / 1000)
        try:
            for index, n in enumerate(sizes):
                remaining = max(0.0, budget_end - time.monotonic())
                size_end = time.monotonic() + remaining / (len(sizes) - index)
                if not self.time_size(learner, reference, n, size_end):
                    self.report["stoppedAt"] = n
                    break
        finally:
            learner.close()
            reference.close()

    def time_size(self, learner, reference, n, size_end):
        """Measures one size in interleaved learner/reference samples. Returns False when the learner ran out of
        its share of the time: larger sizes would only take longer."""
        args = self.input(n)
        for peer in (learner, reference):
            peer.request("bench_input", (n, args))
        expected = self.result(reference, n)
        entry = {"n": n, "learnerNs": [], "referenceNs": []}
        self.report["sizes"].append(entry)
        entry["referenceCalls"] = self.calibrate(reference, n)
        learner.deadline = min(self.deadline, size_end + 1)
        try:
            if self.result(learner, n) != expected:
                raise BenchmarkFailed(f"your function's result on the benchmark input of size {n} differs from the reference's")
            entry["learnerCalls"] = self.calibrate(learner, n)
            for round_number in range(self.spec.get("maxRounds", 15)):
                order = (learner, reference) if round_number % 2 == 0 else (reference, learner)
                for peer in order:
                    key, calls = ("learner", entry["learnerCalls"]) if peer is learner else ("reference", entry["referenceCalls"])
                    entry[key + "Ns"].append(self.sample(peer, n, calls) / calls)
                ratios = ratios_of(entry)
                if len(ratios) >= self.spec.get("minRounds", 5) and spread(ratios) <= self.spec.get("targetSpread", 0.03):
                    break
                if time.monotonic() > size_end and len(ratios) >= 3:
                    break
        except TooSlow as slow:
            if slow.peer is not learner:
                raise
            learner.close()
            if not entry["learnerNs"] or not entry["referenceNs"]:
                # A lower bound: what the learner's code had used when its time was up, per call it was making.
                bound = slow.cpu_ns / self.in_flight
                previous = self.report["sizes"][-2]["learnerNs"] if len(self.report["sizes"]) > 1 else []
                if previous and bound <= statistics.median(previous):
                    self.report["sizes"].pop()  # cut short before it said anything: no information
                    return False
                entry["learnerNs"] = [bound]
                entry["referenceNs"] = entry["referenceNs"][:1] or [
                    self.sample(reference, n, entry["referenceCalls"]) / entry["referenceCalls"]
                ]
                entry["incomplete"] = True
            entry["learnerNs"] = entry["learnerNs"][: len(entry["referenceNs"])]
            return False
        learner.deadline = min(self.deadline, time.monotonic() + 10)
        if learner.request("bench_last", entry=self.entry) != expected:
            raise BenchmarkFailed(f"your function's timed result at size {n} differs from the reference's")
        return True

    def result(self, peer, n):
        peer.request("bench_prepare", (n, 1, True))
        self.in_flight = 1
        peer.request("bench_run", entry=self.entry)
        return peer.request("bench_last", entry=self.entry)

    def calibrate(self, peer, n):
        """Calls per sample so that one sample is at least ~50 ms of the process's CPU time."""
        target = self.spec.get("minSampleMs", 50) * 1e6
        calls = 1
        while calls < MAX_CALLS_PER_SAMPLE:
            spent = self.sample(peer, n, calls)
            if spent >= target:
                break
            calls = min(MAX_CALLS_PER_SAMPLE, max(calls * 2, math.ceil(calls * target * 1.2 / max(spent, 1))))
        return calls

    def sample(self, peer, n, calls):
        peer.request("bench_prepare", (n, calls, self.spec.get("copyInputEachCall", False)))
        self.in_flight = calls
        before = peer.cpu_ns()
        outcome = peer.request("bench_run", entry=self.entry)
        spent = peer.cpu_ns() - before
        if outcome.get("collectorOn") is not True:
            self.report["gcTampered"] = True
        if outcome.get("inputUnchanged") is not True:
            raise BenchmarkFailed(
                f"{peer.name()} changed its input during the benchmark (size {n}); the function must not modify it"
            )
        return spent

    # ---- memory -------------------------------------------------------------------------------------------
    def memory(self):
        learner, reference = self.pair()
        learner.deadline = min(self.deadline, time.monotonic() + self.memory_budget_s)
        try:
            memory = self.spec.get("memory")
            if memory:
                n = memory["size"]
                args = self.input(n)
                figures = {"n": n}
                for peer, prefix in ((learner, "learner"), (reference, "reference")):
                    peer.request("bench_input", (n, args))
                    figures[prefix + "Kernel"] = self.kernel_peak(peer, "bench_memory", (False,), n)
                    peer.request("bench_settle", (n,))
                    traced = peer.request("bench_memory", (True,), entry=self.entry)
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
                factory = (instances or {}).get("factory", "lambda cls, i: cls()")
                if instances and instances["className"] != name:
                    factory = "lambda cls, i: cls()"
                checks.append({"className": name, **learner.request("bench_slots", **{"class": name, "factory": factory})})
            if checks:
                self.report["slots"] = checks
        finally:
            learner.close()
            reference.close()

    def kernel_peak(self, peer, op, payload, n, fields=None):
        """The kernel's peak resident size of the process during one untraced run, above its size before it."""
        peer.request("bench_settle", (n,))
        base = peer.resident("VmRSS")
        peer.request(op, payload, entry=self.entry, **(fields or {}))
        return max(0, peer.resident("VmHWM") - base)


def ratios_of(entry):
    return [a / b for a, b in zip(entry["learnerNs"], entry["referenceNs"])]


def spread(values):
    """Interquartile range over the median: how much the samples disagree."""
    if len(values) < 4:
        return math.inf
    q1, _, q3 = statistics.quantiles(values, n=4)
    return (q3 - q1) / statistics.median(values)
