from itertools import islice


def sensor_stream(seed=1):
    """An endless stream of readings (ints from 0 to 999_999), one at a time. Do not change."""
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield (x >> 8) % 1_000_000


def first_spikes(readings, threshold, n):
    spikes = filter(lambda reading: reading > threshold, readings)
    return list(islice(spikes, n))


def scaled(readings, factor):
    return list(map(lambda reading: reading * factor, readings))
