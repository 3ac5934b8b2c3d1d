import os
import struct

RECORD = struct.Struct("<Hd")


def _write(path, mode, readings):
    data = b"".join(RECORD.pack(sensor, value) for sensor, value in readings)
    with open(path, mode) as f:
        f.write(data)
    return len(data)


def save_readings(path, readings):
    return _write(path, "wb", readings)


def append_readings(path, readings):
    return _write(path, "wb", readings)  # "w" for writing -- which also truncates the file first


def load_readings(path):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) % RECORD.size:
        raise ValueError(f"{path}: truncated record at the end of the file")
    return list(RECORD.iter_unpack(data))


def count_readings(path):
    return os.path.getsize(path) // RECORD.size
