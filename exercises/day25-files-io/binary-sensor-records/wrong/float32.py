import os
import struct

# "f" looks like the code for float -- but it is a C float (32 bits); Python floats are C doubles ("d").
RECORD = struct.Struct("<Hf")


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
