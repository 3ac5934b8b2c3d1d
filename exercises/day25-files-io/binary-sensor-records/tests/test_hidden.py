import os
import struct

import pytest
from conftest import read_bytes, write_bytes
from hypothesis import Phase, given, settings, strategies as st

from solution import append_readings, count_readings, load_readings, save_readings


def test_exact_layout(folder):
    path = os.path.join(folder, "log.bin")
    save_readings(path, [(7, 21.5), (65535, -0.001)])
    assert read_bytes(path) == struct.pack("<Hd", 7, 21.5) + struct.pack("<Hd", 65535, -0.001)


def test_reads_a_file_written_elsewhere(folder):
    path = os.path.join(folder, "from_c.bin")
    write_bytes(path, b"".join(struct.pack("<Hd", i, i / 3) for i in range(5)))
    assert load_readings(path) == [(i, i / 3) for i in range(5)]
    assert count_readings(path) == 5


def test_save_replaces_content(folder):
    path = os.path.join(folder, "log.bin")
    save_readings(path, [(1, 1.0), (2, 2.0)])
    save_readings(path, [(3, 3.0)])
    assert load_readings(path) == [(3, 3.0)]


def test_append_creates_and_keeps(folder):
    path = os.path.join(folder, "new.bin")
    append_readings(path, [(1, 0.5)])
    append_readings(path, [(2, 0.25), (3, 0.125)])
    assert load_readings(path) == [(1, 0.5), (2, 0.25), (3, 0.125)]
    assert count_readings(path) == 3


def test_truncated_file(folder):
    path = os.path.join(folder, "broken.bin")
    write_bytes(path, struct.pack("<Hd", 1, 1.0) + b"\x02\x00\x00")
    with pytest.raises(ValueError):
        load_readings(path)
    assert count_readings(path) == 1


def test_values_come_back_exactly(folder):
    path = os.path.join(folder, "precise.bin")
    values = [0.1, 1 / 3, 1e300, -2.5e-308, 123456789.123456789]
    save_readings(path, [(i, v) for i, v in enumerate(values)])
    assert [v for _, v in load_readings(path)] == values


@settings(max_examples=30, phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking: keep it fast
@given(st.lists(st.tuples(st.integers(0, 65535), st.floats(allow_nan=False)), max_size=10))
def test_round_trip(folder, readings):
    path = os.path.join(folder, "prop.bin")
    save_readings(path, readings)
    assert load_readings(path) == readings
    assert count_readings(path) == len(readings)
