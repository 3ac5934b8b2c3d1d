import os
import struct

# Native mode ("@", the default): the double is aligned on 8 bytes, so 6 padding bytes follow the id.
RECORD = struct.Struct("Hd")


def _write(path, mode, readings):
    data = b"".join(RECORD.pack(sensor, value) for sensor, value in readings)
    with open(path, mode) as f:
        f.write(data)
    return len(data)


def save_readings(path, readings):
    return _write(path, "wb", readings)


def append_readings(path, readings):
    return _write(path, "ab", readings)


def load_readings(path):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) % RECORD.size:
        raise ValueError(f"{path}: truncated record at the end of the file")
    return list(RECORD.iter_unpack(data))


def count_readings(path):
    return os.path.getsize(path) // RECORD.size
