import struct


def save_readings(path, readings):
    """Replace the file's content by the readings; return the number of bytes written."""
    raise NotImplementedError


def append_readings(path, readings):
    """Add the readings at the end of the file; return the number of bytes written."""
    raise NotImplementedError


def load_readings(path):
    """[(sensor_id, value), ...] stored in the file; ValueError if the file is truncated."""
    raise NotImplementedError


def count_readings(path):
    """Number of complete records in the file."""
    raise NotImplementedError
