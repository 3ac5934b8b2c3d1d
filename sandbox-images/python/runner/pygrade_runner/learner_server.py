"""The server inside every learner process (a test's learner, or a plain benchmark process of the learner's code or
the reference): imports that code and answers the supervisor's calls. The supervisor's side is learner_client.py.

Runs under the learner uid with fds 0 = /dev/null, 1/2 = output pipes, 3 = requests, 4 = replies. It holds no
secret: it is forked from the learner parent (learner_parent.py), which never sees the job; it receives only the
learner's own files, and everything it sends is decoded by the supervisor as plain data. Whatever the learner's
code does here (patch builtins, exit, print fake results) can only affect this process.
"""

from __future__ import annotations

import builtins
import importlib
import operator
import os
import sys
import threading
import traceback
import types

from pygrade_runner import memory_harness, wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn

REQUESTS_FD = 3
REPLIES_FD = 4
WORK_DIR = "/learner"

# Operators the supervisor may apply to learner objects: names of the operator module or builtins.
OPERATORS: dict[str | None, Callable[..., Any]] = {
    name: getattr(operator, name)
    for name in (
        "add sub mul truediv floordiv mod pow lshift rshift and_ or_ xor matmul neg pos abs invert "
        "lt le eq ne gt ge getitem setitem delitem contains index "
        "iadd isub imul itruediv ifloordiv imod ipow ilshift irshift iand ior ixor imatmul"
    ).split()
}
OPERATORS.update(
    {
        f.__name__: f
        for f in (len, iter, next, bool, hash, repr, str, format, int, float, complex, round, reversed, divmod, dir)
    }
)


class Callback:
    """A supervisor function passed to the learner's code (a test's callback, or a function to decorate)."""

    def __init__(self, host: Host, spec: dict[str, Any]) -> None:
        self._host = host
        self._id = spec["id"]
        self.__name__ = spec.get("name") or "callback"
        self.__qualname__ = spec.get("qualname") or self.__name__
        self.__doc__ = spec.get("doc")
        self.__module__ = spec.get("module") or "tests"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._host.call_back(self._id, args, kwargs)

    def __repr__(self) -> str:
        return f"<function {self.__qualname__}>"

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        # Lets a callback set on a class behave as a method.
        if instance is None:
            return self
        return lambda *args, **kwargs: self(instance, *args, **kwargs)


def _builtin_exception_class(name: object) -> type[Exception]:
    kind = getattr(builtins, str(name), None)
    if isinstance(kind, type) and issubclass(kind, Exception):
        return kind
    return Exception


_NOT_PLAIN = object()


def _plain(value: object) -> Any:
    """The value as wire data if it is plain, else _NOT_PLAIN (exception details cross only as data)."""
    try:
        return wire.encode(value, _reject)
    except (wire.WireError, RecursionError):
        return _NOT_PLAIN


def _reject(value: object) -> NoReturn:
    raise wire.WireError("not plain")


def describe_exception_class(kind: type[BaseException], depth: int = 0) -> dict[str, Any]:
    """An exception class by module, name and direct bases (recursively), so the supervisor can mirror its
    hierarchy: `pytest.raises(solution.Base)` then catches a raised subclass."""
    described: dict[str, Any] = {
        "module": getattr(kind, "__module__", "") or "",
        "qualname": getattr(kind, "__qualname__", kind.__name__),
        "mro": [_qualname(k) for k in kind.__mro__],
    }
    if described["module"] != "builtins" and depth < 8:
        described["bases"] = [
            describe_exception_class(base, depth + 1)
            for base in kind.__bases__
            if isinstance(base, type) and issubclass(base, BaseException)
        ]
    return described


def _qualname(kind: type) -> list[str]:
    return [getattr(kind, "__module__", "") or "", getattr(kind, "__qualname__", kind.__name__)]


class Host:
    def __init__(self) -> None:
        self.reader = wire.FrameReader(REQUESTS_FD)
        self.module: types.ModuleType | None = None
        self.handles: dict[int, Any] = {}
        self.handle_ids: dict[int, int] = {}
        self.harness = memory_harness.Harness()

    # ---- values ---------------------------------------------------------------------------------------
    def encode_object(self, value: Any) -> dict[str, Any]:
        if isinstance(value, type) and issubclass(value, BaseException):
            return {"$exc_class": describe_exception_class(value)}
        if isinstance(value, Callback):
            return {"$callback_ref": value._id}
        handle = self.handle_ids.get(id(value))
        if handle is None or self.handles.get(handle) is not value:
            handle = len(self.handles) + 1
            self.handles[handle] = value
            self.handle_ids[id(value)] = handle
        kind = type(value)
        return {"$handle": {"id": handle, "type": ".".join(_qualname(kind)), "isclass": isinstance(value, type)}}

    def decode_object(self, tag: str, body: Any) -> Any:
        if tag == "$ref":
            if body not in self.handles:
                raise wire.WireError(f"unknown object reference {body}")
            return self.handles[body]
        if tag == "$path":
            return self.resolve_path(body)
        if tag == "$callback":
            return Callback(self, body)
        if tag == "$builtin_class":
            return _builtin_exception_class(body)
        if tag == "$builtin":
            value = getattr(builtins, str(body), None)
            if value is None:
                raise wire.WireError(f"no builtin {body!r}")
            return value
        if tag == "$exception":
            return _builtin_exception_class(body[0])(str(body[1]))
        raise wire.WireError(f"unknown value tag {tag}")

    def encode_error(self, error: BaseException, depth: int = 0) -> dict[str, Any]:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.startswith(WORK_DIR + "/")]
        location = ""
        if frames:
            last = frames[-1]
            location = f"{os.path.basename(last.filename)}, line {last.lineno}, in {last.name}"
        if isinstance(error, SyntaxError) and str(error.filename or "").startswith(WORK_DIR + "/"):
            location = f"{os.path.basename(error.filename)}, line {error.lineno}"  # type: ignore[type-var]
        try:
            message = str(error)
        except BaseException:
            message = "<the exception's message could not be computed>"
        kind = type(error)
        described: dict[str, Any] = {
            "type": kind.__name__,
            "module": getattr(kind, "__module__", "") or "",
            "mro": [_qualname(k) for k in kind.__mro__],
            "class": describe_exception_class(kind),
            "message": message[:4000],
            "location": location,
            "errno": error.errno if isinstance(error, OSError) and isinstance(error.errno, int) else None,
            "args": _plain(error.args),
            "token": getattr(error, "_pygrade_token", None),
            "attributes": {
                name: value
                for name, value in ((n, _plain(v)) for n, v in getattr(error, "__dict__", {}).items())
                if value is not _NOT_PLAIN and not name.startswith("_")
            },
        }
        if described["args"] is _NOT_PLAIN:
            described["args"] = None
        cause = error.__cause__
        if isinstance(cause, BaseException) and depth < 3:
            described["cause"] = self.encode_error(cause, depth + 1)
        return described

    # ---- requests -------------------------------------------------------------------------------------
    def resolve_path(self, path: list[str]) -> Any:
        if self.module is None:
            raise wire.WireError("the learner's module is not loaded")
        value = self.module
        for depth, name in enumerate(path):
            if depth == 0 and name not in vars(self.module) and not hasattr(self.module, "__getattr__"):
                raise AttributeError(f"your module has no `{name}`")
            value = getattr(value, name)
        return value

    def perform(self, request: dict[str, Any], payload: Any) -> Any:
        op: Any = request.get("op")
        target: Any = wire.decode(request["target"], self.decode_object) if "target" in request else None
        if op == "get":
            return target
        if op == "getattr":
            return getattr(target, request["name"])
        if op == "setattr":
            setattr(target, request["name"], payload[0])
            return None
        if op == "delattr":
            delattr(target, request["name"])
            return None
        if op == "call":
            args, kwargs = payload
            return target(*args, **dict(kwargs))
        if op == "callmethod":
            args, kwargs = payload
            return getattr(target, request["name"])(*args, **dict(kwargs))
        if op == "operator":
            function = OPERATORS.get(request.get("name"))
            if function is None:
                raise wire.WireError(f"unknown operator {request.get('name')!r}")
            return function(*payload)
        if op.startswith("bench_"):
            return self.benchmark(op, request, payload)
        if op == "isinstance":
            return isinstance(*payload)
        if op == "issubclass":
            return issubclass(*payload)
        raise wire.WireError(f"unknown request {op!r}")

    def benchmark(self, op: str, request: dict[str, Any], payload: Any) -> Any:
        harness = self.harness
        if op == "bench_input":
            return harness.set_input(*payload)
        if op == "bench_call":
            return self.resolve_path([request["entry"]])(*payload)
        if op == "bench_settle":
            return harness.settle(*payload)
        if op == "bench_memory":
            return harness.memory(self.resolve_path([request["entry"]]), *payload)
        if op == "bench_instances":
            # An expression: this module's `from __future__ import annotations` changes nothing in it.
            factory = eval(request["factory"], {})  # trusted: from the exercise's benchmark spec
            return harness.instances(factory, self.resolve_path([request["class"]]), *payload)
        if op == "bench_slots":
            return memory_harness.slots(self.resolve_path([request["class"]]))
        if op == "bench_release":
            return harness.release()
        raise wire.WireError(f"unknown request {op!r}")

    def init(self, files: dict[str, str], module_name: str, in_memory: bool = False) -> None:
        if in_memory:
            # A reference solution: its process may not write the learner's folder, so the module lives in memory.
            module = types.ModuleType(module_name)
            module.__file__ = f"<{module_name}>"
            sys.modules[module_name] = module
            # dont_inherit: the reference is compiled with none of this module's __future__ imports.
            exec(compile(files[module_name + ".py"], module.__file__, "exec", dont_inherit=True), module.__dict__)
            self.module = module
            return
        for name in os.listdir(WORK_DIR):
            _remove(os.path.join(WORK_DIR, name))
        for name, text in files.items():
            if "/" in name or name.startswith(".") or "\0" in name:
                raise wire.WireError(f"refused file name {name!r}")
            with open(os.path.join(WORK_DIR, name), "w", encoding="utf-8") as out:
                out.write(text)
        sys.path.insert(0, WORK_DIR)
        self.module = importlib.import_module(module_name)

    def reply(self, message: dict[str, Any]) -> None:
        # What the code printed belongs to the call that printed it: flush before answering.
        for stream in (sys.__stdout__, sys.__stderr__):
            try:
                stream.flush()  # type: ignore[union-attr]
            except BaseException:
                pass
        wire.write_frame(REPLIES_FD, message)

    def answer(self, request: dict[str, Any]) -> None:
        """Performs one request; the reply carries the result (or exception) and the new contents of any
        argument container the code changed, so the supervisor's object changes too."""
        try:
            if request.get("op") == "init":
                self.init(request["files"], request["module"], request.get("in_memory", False))
                self.reply({"ok": None})
                return
            decoder = wire.Decoder(self.decode_object)
            payload = decoder.decode(request.get("payload", {"$tuple": []}))
            arguments = decoder.containers
            before = wire.snapshots(self.encode_object, arguments)
        except wire.WireError as error:
            self.reply({"protocol_error": str(error)})
            return
        except BaseException as error:
            self.reply({"raise": self.encode_error(error)})
            return
        try:
            reply: dict[str, Any] = {"ok": None}
            result = self.perform(request, payload)
        except wire.WireError as error:
            self.reply({"protocol_error": str(error)})
            return
        except BaseException as error:  # the learner's exception, reported by type and message
            reply = {"raise": self.encode_error(error)}
            result = None
        try:
            encoder = wire.Encoder(self.encode_object, arguments)
            if "ok" in reply:
                reply["ok"] = encoder.encode(result)
            after = wire.snapshots(self.encode_object, arguments)
            changed = [
                [number, encoder.contents(container)]
                for number, container in enumerate(arguments)
                if container is not None and after[number] != before[number]
            ]
            if changed:
                reply["restore"] = changed
        except BaseException as error:
            reply = {"raise": self.encode_error(error)}
        self.reply(reply)

    def serve(self) -> None:
        while True:
            try:
                request = wire.read_frame_blocking(self.reader)
            except EOFError:
                return
            self.answer(request)

    def call_back(self, callback_id: int, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Calls a supervisor function and answers nested requests until it returns."""
        encoder = wire.Encoder(self.encode_object)
        try:
            payload = encoder.encode((tuple(args), tuple(kwargs.items())))
        except wire.WireError as error:
            raise TypeError(f"cannot pass these arguments to the test's function: {error}") from None
        self.reply({"callback": {"id": callback_id, "payload": payload}})
        while True:
            request = wire.read_frame_blocking(self.reader)
            if request.get("op") != "callback-return":
                self.answer(request)
                continue
            decoder = wire.Decoder(self.decode_object, encoder.order)
            result = decoder.decode(request.get("ok"))
            for number, contents in request.get("restore", []):
                decoder.restore(number, contents)
            if "raise" in request:
                raised = request["raise"]
                exception = _builtin_exception_class(raised.get("type"))(raised.get("message", ""))
                exception._pygrade_token = raised.get("token")  # type: ignore[attr-defined]
                raise exception
            return result


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        for name in os.listdir(path):
            _remove(os.path.join(path, name))
        os.rmdir(path)
    else:
        os.unlink(path)


def main() -> None:
    # Threads get 2 MiB stacks instead of 8: the memory limit counts the address space they reserve.
    threading.stack_size(2 * 1024 * 1024)
    os.chdir(WORK_DIR if os.access(WORK_DIR, os.W_OK) else "/tmp")
    sys.argv = ["solution"]
    sys.dont_write_bytecode = True
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    Host().serve()


if __name__ == "__main__":
    main()
