"""The supervisor's view of the learner's module: `solution.f(3)` becomes a call into the learner process.

Plain values (numbers, strings, bytes, lists, tuples, dicts, sets, None) cross by value and are compared here,
in the trusted process; containers passed to the learner's code get back whatever it did to them, and keep
their identity when returned. Other learner objects come back as handles that forward attribute access, calls,
operators and iteration. An object of the learner's never equals a plain value: `==` against plain data is
decided here, never by the learner's `__eq__`, so an "equal to everything" object gains nothing.
"""

from __future__ import annotations

import builtins
import functools
import os
import time
import types

from _pytest.outcomes import OutcomeException

from pygrade_runner import faults, wire
from pygrade_runner.learner_client import (
    CPU_POLL_S,
    LearnerProcess,
    fault_for_error,
    mib,
    process_cpu_ns,
    test_wall_seconds,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, NoReturn

    from pygrade_runner.control import LauncherControl
    from pygrade_runner.learner_client import OutputCapture

# Exceptions of the test itself that a learner's context manager must not suppress.
UNSUPPRESSIBLE = (AssertionError, OutcomeException, faults.LearnerFault, faults.AuthoringError)

# Builtin exceptions that must not be raised as themselves in the supervisor: they would stop pytest.
UNSAFE_BUILTIN_EXCEPTIONS = {"BaseException", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup"}


class Session:
    """The learner process of the current test (or of collection), started on first use."""

    def __init__(self, control: LauncherControl, files: dict[str, str], module: str, limits: dict[str, Any]) -> None:
        self.control = control
        self.files = files
        self.module = module
        self.limits = limits
        self.capture: OutputCapture | None = None
        self.process: LearnerProcess | None = None
        self.generation = 0
        self.deadline: float | None = None
        self.fault: faults.LearnerFault | None = None
        self.collecting = False
        self.answering = False
        self.callbacks: dict[object, Callable[..., Any]] = {}
        self.exception_classes: dict[tuple[str, str], type[BaseException]] = {}

    # ---- lifecycle --------------------------------------------------------------------------------------
    def begin(self, deadline: float, capture: OutputCapture) -> None:
        self.end()
        self.generation += 1
        self.deadline = deadline
        self.capture = capture
        self.fault = None
        self.answering = True
        self.used: set[str] = set()  # top-level names of the learner's module this test used
        self.callbacks = {}
        self.handles: dict[int, Handle] = {}  # one Handle per learner object, so that `is` compares learner objects
        self.raised: dict[object, Exception] = {}  # exceptions of the test's callbacks, by token

    def end(self) -> dict[str, Any] | None:
        """Kills the current learner process and what it started; returns how it ended, or None."""
        process, self.process = self.process, None
        if process is None:
            return None
        process.kill()
        try:
            return process.end_info()
        except Exception:
            return None

    def stop_answering(self) -> None:
        """The test's body has ended: from now on nothing reaches the learner's code. pytest's failure report calls
        repr() on the test's arguments, and a learner object must not spend the test's time or turn its failure
        into something else there."""
        self.answering = False

    def record(self, fault: faults.LearnerFault) -> faults.LearnerFault:
        """Remembers the first fault of the test: once one happened, the test cannot pass."""
        if self.fault is None:
            self.fault = fault
        return fault

    def ensure_process(self) -> None:
        if self.fault is not None:
            raise self.fault
        if not self.answering:
            raise faults.AuthoringError("the learner's code was used after the test's body had ended")
        if self.process is not None:
            return
        if self.deadline is None:
            raise faults.AuthoringError("the learner's code was used outside a test")
        self.process = LearnerProcess(self.control, "learner", self.capture, self._output_exceeded)  # type: ignore[arg-type]
        reply = self._exchange({"op": "init", "files": self.files, "module": self.module})
        if "raise" in reply:
            error = reply["raise"]
            where = f" ({error['location']})" if error.get("location") else ""
            raise self.record(
                faults.ImportFailed(f"importing your module raised {error['type']}: {error['message']}{where}")
            )

    def _output_exceeded(self) -> None:
        # From an output reader thread: the main thread then sees the channel close and reports the limit.
        self.control.kill_all("learner")

    # ---- requests -------------------------------------------------------------------------------------
    def request(self, op: str, target: Remote | None = None, payload: Iterable[Any] = (), **fields: Any) -> Any:
        """Performs op in the learner; returns its result or raises what the learner's code raised."""
        self.ensure_process()
        encoder = wire.Encoder(self._encode_object)
        message = {"op": op, "payload": encoder.encode(tuple(payload)), **fields}
        if target is not None:
            message["target"] = target._pygrade_wire()
            if isinstance(target, PathRef) and not self.collecting:
                self.used.add(target._pygrade_path[0])
        reply = self._exchange(message)
        try:
            decoder = wire.Decoder(self._decode_object, encoder.order)
            result = decoder.decode(reply["ok"]) if "ok" in reply else None
            for number, contents in reply.get("restore", []):
                decoder.restore(number, contents)
        except (wire.WireError, TypeError, ValueError) as error:
            self.end()
            raise self.record(
                faults.ProtocolViolation(f"the learner process sent an invalid answer: {error}")
            ) from None
        if "raise" in reply:
            raise self._exception(reply["raise"])
        return result

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        process: LearnerProcess = self.process  # type: ignore[assignment]  # started by ensure_process()
        try:
            process.send(message, self.deadline)  # type: ignore[arg-type]
            while True:
                reply = self._receive(process)
                if "callback" in reply:
                    self._run_callback(reply["callback"])
                    continue
                if "protocol_error" in reply:
                    raise faults.ProtocolViolation(f"the learner process refused a request: {reply['protocol_error']}")
                if "ok" not in reply and "raise" not in reply:
                    raise faults.ProtocolViolation("the learner process sent something that is not an answer")
                return reply
        except TimeoutError:
            if process.stalled_at_memory_limit(self.limits):
                self.end()
                raise self.record(faults.MemoryLimit(
                    f"your code used more than the memory limit of {mib(self.limits['memoryBytes'])}"
                )) from None
            fault: faults.LearnerFault = self._time_fault(process)  # before end(): a killed process shows no CPU time
            self.end()
            raise self.record(fault) from None
        except EOFError:
            fault = process.fault_for_death(self.limits)
            self.end()
            raise self.record(fault) from None
        except wire.WireError as error:
            self.end()
            raise self.record(
                faults.ProtocolViolation(f"the learner process sent an invalid message: {error}")
            ) from None
        except faults.LearnerFault as fault:
            self.end()
            raise self.record(fault) from None

    def _receive(self, process: LearnerProcess) -> dict[str, Any]:
        """The learner's next frame. TimeoutError once its process has used the test's CPU time, or at the wall-clock
        deadline. CPU time cannot grow faster than the cores can run it, so it is read only as often as it could
        reach the limit."""
        limit_ns = self.limits["timePerTestMs"] * 1_000_000
        while True:
            left_ns = limit_ns - process_cpu_ns(process.pid)
            if left_ns <= 0:
                raise TimeoutError
            check_at = time.monotonic() + max(CPU_POLL_S, left_ns / 1e9 / (os.cpu_count() or 1))
            try:
                return process.receive(min(check_at, self.deadline))
            except TimeoutError:
                if time.monotonic() >= self.deadline:  # type: ignore[operator]
                    raise

    def _time_fault(self, process: LearnerProcess) -> faults.TimeLimit:
        limit = self.limits["timePerTestMs"] / 1000
        if process_cpu_ns(process.pid) >= limit * 1e9:
            return faults.TimeLimit(f"your code did not finish within the time limit of {limit:g} s of CPU time")
        return faults.TimeLimit(
            f"your code did not finish within {test_wall_seconds(self.limits):g} s (the limit is {limit:g} s of CPU "
            "time; code that waits or sleeps is stopped by the clock)"
        )

    def _run_callback(self, call: dict[str, Any]) -> None:
        """The learner's code called a function of the test: run it here and send back its result."""
        function = self.callbacks.get(call.get("id"))
        if function is None:
            raise wire.WireError("unknown callback")
        decoder = wire.Decoder(self._decode_object)
        args, kwargs = decoder.decode(call.get("payload"))
        before = wire.snapshots(self._encode_object, decoder.containers)
        answer: dict[str, Any] = {"op": "callback-return"}
        try:
            result = function(*args, **dict(kwargs))
        except faults.LearnerFault:
            raise
        except Exception as error:
            # The learner's code sees a builtin exception of the same kind; if it lets it through, the token
            # brings the test's own exception object back.
            self.raised[id(error)] = error
            answer["raise"] = {"type": _builtin_name(type(error)), "message": str(error)[:2000], "token": id(error)}
            result = None
        encoder = wire.Encoder(self._encode_object, decoder.containers)
        if "raise" not in answer:
            answer["ok"] = encoder.encode(result)
        after = wire.snapshots(self._encode_object, decoder.containers)
        answer["restore"] = [
            [n, encoder.contents(c)]
            for n, c in enumerate(decoder.containers)
            if c is not None and after[n] != before[n]
        ]
        self.process.send(answer, self.deadline)  # type: ignore[union-attr, arg-type]

    # ---- values -----------------------------------------------------------------------------------------
    def _encode_object(self, value: Any) -> dict[str, Any]:
        if isinstance(value, Remote):
            return value._pygrade_wire()
        if isinstance(value, BuiltinException):
            return {"$exception": [value.name, value.message]} if value.instance else {"$builtin_class": value.name}
        if _is_builtin(value):
            return {"$builtin": value.__name__}
        if isinstance(value, (types.FunctionType, functools.partial)):
            callback_id = len(self.callbacks) + 1
            self.callbacks[callback_id] = value
            target = value.func if isinstance(value, functools.partial) else value
            return {
                "$callback": {
                    "id": callback_id,
                    "name": getattr(target, "__name__", "callback"),
                    "qualname": getattr(target, "__qualname__", "callback"),
                    "doc": getattr(target, "__doc__", None),
                    "module": getattr(target, "__module__", None),
                }
            }
        raise faults.AuthoringError(
            f"a test passed a {type(value).__name__} to the learner's code; only plain values, "
            "the learner's own objects and test functions can be passed"
        )

    def _decode_object(self, tag: str, body: Any) -> Any:
        if tag == "$handle":
            key = int(body["id"])
            handle = self.handles.get(key)
            if handle is None:
                handle = self.handles[key] = Handle(self, key, str(body["type"]))
            return handle
        if tag == "$exc_class":
            return self.exception_class(body)
        if tag == "$callback_ref":
            function = self.callbacks.get(body)
            if function is None:
                raise wire.WireError("unknown callback reference")
            return function
        raise wire.WireError(f"unknown value tag {tag}")

    def exception_class(self, described: dict[str, Any]) -> type[BaseException]:
        """A local class mirroring a learner exception class and its hierarchy; builtin classes are themselves
        (but never one that would stop pytest, like KeyboardInterrupt)."""
        module, qualname = str(described.get("module", "")), str(described.get("qualname", "Exception"))
        key = (module, qualname)
        known = self.exception_classes.get(key)
        if known is not None:
            return known
        if module == "builtins":
            candidate = getattr(builtins, qualname, None)
            if (
                qualname not in UNSAFE_BUILTIN_EXCEPTIONS
                and isinstance(candidate, type)
                and issubclass(candidate, BaseException)
            ):
                self.exception_classes[key] = candidate
                return candidate
            bases: tuple[type, ...] = (Exception,)
        else:
            bases = tuple(dict.fromkeys(self.exception_class(base) for base in described.get("bases", []))) or (
                Exception,
            )
        name = qualname.rsplit(".", 1)[-1]
        namespace = {"__module__": module, "__qualname__": qualname, "__str__": _remote_str}
        try:
            local = type(name, bases, namespace)
        except TypeError:  # bases whose layouts or orders cannot be combined: keep the first
            local = type(name, bases[:1], namespace)
        self.exception_classes[key] = local
        return local

    def _exception(self, error: dict[str, Any], depth: int = 0) -> BaseException:
        fault = fault_for_error(error, self.limits) if depth == 0 else None
        if fault is not None:
            self.end()
            return self.record(fault)
        own = self.raised.get(error.get("token"))
        if own is not None:
            return own
        described = error.get("class") or {
            "module": error.get("module", ""), "qualname": error.get("type", "Exception")
        }
        kind = self.exception_class(described)
        message = str(error.get("message", ""))
        args = _decoded(error.get("args"))
        exception: Any = None
        for arguments in ((tuple(args) if isinstance(args, tuple) else None), (message,)):
            if arguments is None:
                continue
            try:
                exception = kind(*arguments)
                break
            except Exception:
                continue
        if exception is None:  # a builtin with a special constructor (UnicodeDecodeError ...)
            exception = _stand_in(kind)(message)
        for name, value in (error.get("attributes") or {}).items():
            try:
                setattr(exception, str(name), _decoded(value))
            except Exception:
                pass
        if isinstance(error.get("cause"), dict):
            exception.__cause__ = self._exception(error["cause"], depth + 1)
        try:
            exception._pygrade_message = message
            exception._pygrade_location = error.get("location", "")
        except Exception:
            pass
        return exception

    def resolve(self, path: tuple[str, ...]) -> Any:
        """Looks a module name up in the learner: plain values come by value, exception classes as local
        classes, anything else as a PathRef that is looked up again in each test's learner process."""
        ref = PathRef(self, path)
        try:
            value = self.request("get", target=ref)
        except (faults.LearnerFault, Exception):
            # At collection, whatever the learner's module does (fail to import, lack the name, raise from a module
            # __getattr__) must not break the test files: the name is looked up again in each test, which then
            # fails on it and counts.
            if self.collecting:
                return ref
            raise
        return ref if isinstance(value, Handle) else value


def _is_builtin(value: object) -> bool:
    """A builtin class or function (ValueError, int, len ...), which the learner's process has too."""
    name = getattr(value, "__name__", None)
    return isinstance(name, str) and getattr(builtins, name, None) is value


def _builtin_name(kind: type) -> str:
    """The nearest builtin class of an exception class of the tests."""
    for base in kind.__mro__:
        if _is_builtin(base) and base.__name__ not in UNSAFE_BUILTIN_EXCEPTIONS:
            return base.__name__
    return "Exception"


_STAND_INS: dict[type, type] = {}


def _stand_in(kind: type) -> type:
    """A subclass of a builtin exception that can be made from a message alone (UnicodeDecodeError wants 5
    arguments), so that `pytest.raises(UnicodeDecodeError)` and `pytest.raises(ValueError)` still catch it."""
    if kind not in _STAND_INS:
        _STAND_INS[kind] = type(
            kind.__name__,
            (kind,),
            {"__init__": BaseException.__init__, "__str__": _remote_str, "__module__": kind.__module__},
        )
    return _STAND_INS[kind]


def _decoded(data: Any) -> Any:
    try:
        return wire.decode(data, _no_objects)
    except wire.WireError:
        return None


def _no_objects(tag: str, body: Any) -> NoReturn:
    raise wire.WireError(f"unexpected {tag}")


def _remote_str(self: BaseException) -> str:
    return getattr(self, "_pygrade_message", None) or Exception.__str__(self)


def _operator(name: str, reflected: bool = False) -> Callable[..., Any]:
    def forward(self: Remote, *args: Any) -> Any:
        operands = (args[0], self) if reflected else (self, *args)
        return self._pygrade_session.request("operator", name=name, payload=operands)

    forward.__name__ = name
    return forward


class Remote:
    # Base of objects that stand for something in the learner process. No docstrings on these classes: a
    # class's __doc__ would hide the learner object's own (functools.wraps copies it).

    __slots__ = ("_pygrade_session", "__weakref__")

    def _pygrade_wire(self) -> dict[str, Any]:
        raise NotImplementedError

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pygrade") or name == "__length_hint__":
            raise AttributeError(name)
        return self._pygrade_session.request("getattr", target=self, name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_pygrade"):
            object.__setattr__(self, name, value)
        else:
            self._pygrade_session.request("setattr", target=self, name=name, payload=(value,))

    def __delattr__(self, name: str) -> None:
        self._pygrade_session.request("delattr", target=self, name=name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._pygrade_session.request("call", target=self, payload=(args, tuple(kwargs.items())))

    def __eq__(self, other: object) -> Any:
        return _eq(self, other) if isinstance(other, Remote) else NotImplemented

    def __ne__(self, other: object) -> Any:
        return _ne(self, other) if isinstance(other, Remote) else NotImplemented

    def __repr__(self) -> str:
        try:
            text = _repr(self)
        except BaseException:
            return "<an object of your code>"
        return text[:2000] if isinstance(text, str) else "<an object of your code>"

    def __bool__(self) -> bool:
        return _bool(self) is True

    def __contains__(self, item: object) -> bool:
        return _contains(self, item) is True

    def __enter__(self) -> Any:
        return self._pygrade_session.request("callmethod", target=self, name="__enter__", payload=((), ()))

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: types.TracebackType | None
    ) -> bool:
        if kind is None:
            args: tuple[Any, ...] = (None, None, None)
        else:
            # The learner's __exit__ sees a builtin exception of the same kind (or Exception) and message.
            name = kind.__name__ if getattr(kind, "__module__", "") == "builtins" else "Exception"
            args = (BuiltinException(name, str(value)), BuiltinException(name, str(value), instance=True), None)
        suppress = bool(self._pygrade_session.request("callmethod", target=self, name="__exit__", payload=(args, ())))
        # The test's own failures (assert, pytest.fail, a limit) are never the learner's to swallow.
        return suppress and not isinstance(value, UNSUPPRESSIBLE)

    def __instancecheck__(self, instance: object) -> bool:
        return self._pygrade_session.request("isinstance", payload=(instance, self)) is True

    def __subclasscheck__(self, subclass: object) -> bool:
        return self._pygrade_session.request("issubclass", payload=(subclass, self)) is True


class BuiltinException:
    """An exception of the supervisor, as the learner's __exit__ receives it (class or instance)."""

    def __init__(self, name: str, message: str, instance: bool = False) -> None:
        self.name, self.message, self.instance = name, message[:2000], instance


_eq, _ne, _repr, _bool, _contains = (_operator(n) for n in ("eq", "ne", "repr", "bool", "contains"))

for _name in (
    "add sub mul truediv floordiv mod pow lshift rshift and_ or_ xor matmul lt le gt ge "
    "getitem setitem delitem neg pos abs invert index len iter next reversed hash str format int float "
    "complex round divmod iadd isub imul itruediv ifloordiv imod ipow ilshift irshift iand ior ixor imatmul"
).split():
    setattr(Remote, "__" + _name.rstrip("_") + "__", _operator(_name))
for _name in "add sub mul truediv floordiv mod pow lshift rshift and_ or_ xor matmul divmod".split():
    setattr(Remote, "__r" + _name.rstrip("_") + "__", _operator(_name, reflected=True))


class Handle(Remote):
    # An object returned by the learner's code, valid in the learner process of the test that made it.

    __slots__ = ("_pygrade_generation", "_pygrade_id", "_pygrade_type")

    def __init__(self, session: Session, handle_id: int, type_name: str) -> None:
        object.__setattr__(self, "_pygrade_session", session)
        object.__setattr__(self, "_pygrade_generation", session.generation)
        object.__setattr__(self, "_pygrade_id", handle_id)
        object.__setattr__(self, "_pygrade_type", type_name)

    def _pygrade_wire(self) -> dict[str, Any]:
        if self._pygrade_generation != self._pygrade_session.generation:
            raise faults.AuthoringError(
                f"an object of type {self._pygrade_type} from an earlier test (or from collection) was used; "
                "create the learner's objects inside the test that uses them"
            )
        return {"$ref": self._pygrade_id}


class PathRef(Remote):
    # A name of the learner's module (`solution.Stack`), looked up again in each test's learner process.

    __slots__ = ("_pygrade_path",)

    def __init__(self, session: Session, path: Iterable[str]) -> None:
        object.__setattr__(self, "_pygrade_session", session)
        object.__setattr__(self, "_pygrade_path", tuple(path))

    def _pygrade_wire(self) -> dict[str, Any]:
        return {"$path": list(self._pygrade_path)}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pygrade") or name == "__length_hint__":
            raise AttributeError(name)
        return self._pygrade_session.resolve(self._pygrade_path + (name,))


# Every class has its own __doc__ and __module__; on handles they must be the learner object's (functools.wraps
# copies them), so they are forwarded like any other attribute.
for _cls in (Remote, Handle, PathRef):
    _cls.__doc__ = property(lambda self: self.__getattr__("__doc__"))  # type: ignore[assignment]
    _cls.__module__ = property(lambda self: self.__getattr__("__module__"))  # type: ignore[assignment]


class ModuleProxy(types.ModuleType):
    """Installed as sys.modules[<module>] in the supervisor: what the tests' `import solution` gives."""

    def __init__(self, name: str, session: Session) -> None:
        super().__init__(name)
        object.__setattr__(self, "_pygrade_session", session)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self._pygrade_session.resolve((name,))
