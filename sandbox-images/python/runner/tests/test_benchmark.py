"""Unit tests of the timing protocol's arithmetic; they run inside the sandbox image (see RunnerUnitTestsTest)."""

import math

from pygrade_runner.benchmark import Benchmark, median_error


def test_median_error_needs_four_rounds():
    assert median_error([1.0, 1.1, 0.9]) == math.inf


def test_median_error_of_agreeing_rounds_is_zero():
    assert median_error([2.0] * 5) == 0


def test_median_error_shrinks_with_more_rounds_of_the_same_spread():
    five = [0.9, 0.95, 1.0, 1.05, 1.1]
    fifteen = five * 3
    assert median_error(fifteen) < median_error(five)
    # quartiles 0.925 and 1.075 (exclusive method), IQR 0.15 over median 1.0
    assert math.isclose(median_error(five), 1.2533 * 0.15 / 1.349 / math.sqrt(5))


class FixedCost(Benchmark):
    """A benchmark whose samples cost a fixed CPU time per call, without processes."""

    def __init__(self, per_call_ns):
        super().__init__({"minSampleMs": 50}, None, {}, {}, "solution", {}, 0)
        self.per_call_ns = per_call_ns
        self.samples = []

    def sample(self, peer, n, calls, reference_per_call=None):
        self.samples.append(calls)
        return calls * self.per_call_ns


def test_calibration_returns_its_last_sample_which_is_long_enough():
    bench = FixedCost(per_call_ns=1e6)  # 1 ms per call
    calls, spent = bench.calibrate(None, 1000)
    assert spent >= 50e6
    assert spent == calls * 1e6
    assert calls == bench.samples[-1]


def test_calibration_of_a_slow_call_takes_one_sample():
    bench = FixedCost(per_call_ns=80e6)
    assert bench.calibrate(None, 1000) == (1, 80e6)
    assert bench.samples == [1]
