import os

from solution import append_readings, load_readings, save_readings


def test_save_then_load(folder):
    path = os.path.join(folder, "log.bin")
    assert save_readings(path, [(7, 21.5), (8, -3.25)]) == 20
    assert load_readings(path) == [(7, 21.5), (8, -3.25)]


def test_ten_bytes_per_record(folder):
    path = os.path.join(folder, "log.bin")
    save_readings(path, [(1, 1.0), (2, 2.0), (3, 3.0)])
    assert os.path.getsize(path) == 30


def test_append_adds_at_the_end(folder):
    path = os.path.join(folder, "log.bin")
    save_readings(path, [(7, 21.5)])
    assert append_readings(path, [(7, 22.0)]) == 10
    assert load_readings(path) == [(7, 21.5), (7, 22.0)]
