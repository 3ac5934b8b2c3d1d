from itertools import islice

from hypothesis import given, settings, strategies as st

import solution


def expected_stream(seed=1):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield (x >> 8) % 1_000_000


def expected_spikes_and_next(seed, threshold, n):
    stream = expected_stream(seed)
    spikes = list(islice((r for r in stream if r > threshold), n))
    return spikes, next(stream)


def test_endless_stream_rare_spikes():
    spikes, _ = expected_spikes_and_next(7, 999_000, 5)
    assert solution.first_spikes(solution.sensor_stream(7), 999_000, 5) == spikes


def test_stops_right_after_the_last_spike():
    spikes, following = expected_spikes_and_next(11, 990_000, 3)
    stream = solution.sensor_stream(11)
    assert solution.first_spikes(stream, 990_000, 3) == spikes
    assert next(stream) == following


def test_zero_spikes_reads_nothing():
    stream = solution.sensor_stream(5)
    assert solution.first_spikes(stream, 999_000, 0) == []
    assert next(stream) == next(expected_stream(5))


def test_scaled_on_an_endless_stream():
    # An exact factor of 3001 digits makes each scaled reading about 1.3 KB, so an eager list reaches the memory
    # limit after a few thousand readings (~0.14 s of CPU to fill 40 MiB, against ~0.5 s with a factor of 2).
    factor = 10**3000
    scaled = solution.scaled(solution.sensor_stream(3), factor)
    assert [next(scaled) for _ in range(5)] == [factor * r for r in islice(expected_stream(3), 5)]


@settings(max_examples=40)
@given(st.lists(st.integers(-20, 20), max_size=20), st.integers(-20, 20), st.integers(0, 6))
def test_matches_filter_on_lists(readings, threshold, n):
    assert solution.first_spikes(readings, threshold, n) == [r for r in readings if r > threshold][:n]
