import os
import shutil
import tempfile

import pytest


@pytest.fixture
def folder():
    """A fresh folder under /tmp that both the tests and the learner's code can read and write."""
    path = tempfile.mkdtemp(prefix="pygrade-", dir="/tmp")
    os.chmod(path, 0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def write_bytes(path, data):
    with open(path, "wb") as out:
        out.write(data)
    os.chmod(path, 0o666)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()
