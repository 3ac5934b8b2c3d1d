import os
import shutil
import tempfile

import pytest


@pytest.fixture
def make_file():
    """make_file(data: bytes) -> path of a new file the learner's code can read."""
    folder = tempfile.mkdtemp(prefix="pygrade-", dir="/tmp")
    os.chmod(folder, 0o755)
    count = 0

    def make(data):
        nonlocal count
        count += 1
        path = os.path.join(folder, f"file{count}.txt")
        with open(path, "wb") as out:
            out.write(data)
        os.chmod(path, 0o644)
        return path

    yield make
    shutil.rmtree(folder, ignore_errors=True)
