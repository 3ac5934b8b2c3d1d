"""A counted benchmark process: the learner's (or the reference's) module under valgrind's callgrind.

Started by the launcher as `valgrind --tool=callgrind ... python3 -I -m pygrade_runner.count_server <dump base>`,
with fds 1/2 = output pipes, 3 = requests, 4 = replies. Before any code of the learner's exists here it reads its
files, writes them, locks the process down (read-only opens under the interpreter's library and /learner, no new
audit hooks, no ctypes, no exec, no /proc) and takes the reply nonce into C. Then C (`_pygrade_counter.serve`)
answers every request: Python of ours never runs again once the learner's module is imported, so nothing the
learner's code could rebind sits between a measured call and its count, or carries the count out.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import struct
import sys
import types

import _pygrade_counter

from pygrade_runner import wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

REQUESTS_FD = 3
REPLIES_FD = 4
WORK_DIR = "/learner"
READABLE = ("/usr/lib/python3", "/usr/lib/python3.11", "/usr/local/lib/python3.11", "/usr/share/zoneinfo", WORK_DIR)


def calibrate() -> int:
    """A fixed workload of interpreter loops, C calls and hashing: its instructions per CPU second are the yardstick
    the supervisor holds the learner's counts against."""
    total = 0
    for i in range(5000):
        total += i * i % 7
    table = {}
    for i in range(1000):
        table[str(i)] = i
    return total + len(sorted(table, reverse=True))


def importer(files: dict[str, str], module_name: str, in_memory: bool) -> Callable[[], types.ModuleType]:
    """load() imports the module in the counted window. Its source is compiled here, before any window: compiling
    is the interpreter's work, not the module's, and under callgrind's instrumentation the compiler's first run
    cost about 0.3 s of translation in every counted process."""
    filename = f"<{module_name}>" if in_memory else os.path.join(WORK_DIR, module_name + ".py")
    source = files.get(module_name + ".py")
    code: types.CodeType | None
    failure: Exception | None
    code = failure = None
    try:
        code = None if source is None else compile(source, filename, "exec", dont_inherit=True)
    except Exception as error:  # raised at import, in the window, as importing would have
        failure = error

    def load() -> types.ModuleType:
        if failure is not None:
            raise failure
        if code is None:
            return importlib.import_module(module_name)
        if in_memory:
            # The reference: its uid may not write the learner's folder, so its module lives in memory.
            module = types.ModuleType(module_name)
            module.__file__ = filename
        else:
            # spec_from_file_location() returns None only for a file name that no loader takes, never for a .py
            module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(module_name, filename))  # type: ignore[arg-type]
        sys.modules[module_name] = module
        exec(code, module.__dict__)
        return module

    return load


def write_files(files: dict[str, str]) -> None:
    for name, text in files.items():
        if "/" in name or name.startswith(".") or "\0" in name:
            raise ValueError(f"refused file name {name!r}")
        with open(os.path.join(WORK_DIR, name), "w", encoding="utf-8") as out:
            out.write(text)


def read_exact(size: int) -> bytearray:
    """Exactly size bytes into one buffer, allocated once: however the pipe splits them, the process's heap (and so
    every later count) is the same."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    with open(REQUESTS_FD, "rb", buffering=0, closefd=False) as stream:
        while view:
            got = stream.readinto(view)
            if not got:
                raise EOFError("the supervisor closed the channel")
            view = view[got:]
    return buffer


def read_init() -> Any:
    """The first frame, read to its last byte and no further: the nonce that follows is for C alone."""
    (size,) = struct.unpack(">I", read_exact(4))
    if size > wire.MAX_FRAME:
        raise ValueError(f"init frame of {size} bytes")
    return json.loads(read_exact(size))


def main() -> None:
    dump_base = sys.argv[1]
    _pygrade_counter.configure(dump_base)
    init = read_init()
    files, module, entry, in_memory = init["files"], init["module"], init["entry"], bool(init.get("in_memory"))
    if not in_memory:
        for name in os.listdir(WORK_DIR):
            os.unlink(os.path.join(WORK_DIR, name))
        write_files(files)
        sys.path.insert(0, WORK_DIR)
    os.chdir(WORK_DIR if os.access(WORK_DIR, os.X_OK) else "/tmp")
    sys.dont_write_bytecode = True
    load = importer(files, module, in_memory)
    del files, init
    _pygrade_counter.lock_down(READABLE)
    _pygrade_counter.read_nonce(REQUESTS_FD)
    _pygrade_counter.serve(load, calibrate, entry, REQUESTS_FD, REPLIES_FD)


if __name__ == "__main__":
    main()
