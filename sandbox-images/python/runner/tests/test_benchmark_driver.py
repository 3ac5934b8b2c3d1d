"""Unit tests of the counted benchmark's arithmetic; they run inside the sandbox image (see RunnerUnitTestsTest)."""

from pygrade_runner.benchmark_driver import BACKSTOP_FACTOR, TAMPER_FACTOR, WINDOW_OVERHEAD_NS, backstop, tampered

RATE = 0.15  # instructions per ns: about what callgrind runs at here


def test_the_backstop_leaves_honest_code_five_times_its_allowance():
    allowance = 10_000_000
    honest_cpu = allowance / RATE
    assert backstop(allowance, RATE) == honest_cpu * BACKSTOP_FACTOR + WINDOW_OVERHEAD_NS
    assert backstop(allowance, RATE) > 4 * honest_cpu


def test_an_honest_count_is_never_refused():
    count = 50_000_000
    # Up to TAMPER_FACTOR times slower per instruction than the calibration (cache misses, big tables) is honest.
    assert not tampered(count, count / RATE * TAMPER_FACTOR, RATE)
    assert not tampered(1_000, 500e6, RATE)  # a tiny call: the window's fixed cost dominates


def test_a_count_far_too_small_for_its_cpu_time_is_refused():
    real = 2_000_000_000
    forged = real // 38
    assert tampered(forged, real / RATE, RATE)
