"""The memory harness inside a plain benchmark process (the learner's or the reference's): learner_server.py runs
it on the requests of the supervisor's benchmark driver (benchmark_driver.py).

It is imported before the measured code and keeps the interpreter's own C functions (gc, _tracemalloc), so
monkeypatching `gc` or `tracemalloc` in the measured code changes nothing here. The kernel's memory figures are
taken outside this process by the supervisor; this harness only runs calls on fresh copies of the input and
reports what tracemalloc saw, which the supervisor cross-checks against the kernel. (Speed is counted in a
separate process: count_server.py.)
"""

from __future__ import annotations

import _tracemalloc
import copy
import gc

import _pygrade_counter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_collect = gc.collect
_trim = _pygrade_counter.trim
_deepcopy = copy.deepcopy
_trace_start = _tracemalloc.start
_trace_stop = _tracemalloc.stop
_traced = _tracemalloc.get_traced_memory
_is_tracing = _tracemalloc.is_tracing
_reset_peak = _tracemalloc.reset_peak


class Harness:
    def __init__(self) -> None:
        self.inputs: dict[Any, tuple[Any, ...]] = {}
        self.kept: Any = None
        self.args: Any = None  # a tuple once settled

    def set_input(self, n: Any, args: Any) -> None:
        self.inputs[n] = tuple(args)

    def settle(self, n: Any = None) -> None:
        """Prepares a memory run: a fresh copy of the input (if any), garbage collected, the kernel's peak reset.
        The supervisor reads the process's resident size right after this."""
        self.kept = None
        self.args = _deepcopy(self.inputs[n]) if n is not None else None
        settle()
        reset_kernel_peak()

    def memory(self, function: Callable[..., Any], traced: Any) -> dict[str, Any] | None:
        """One call on the settled copy; with `traced`, tracemalloc's peak of the call. Untraced, the supervisor
        reads the kernel's peak around it instead."""
        args, self.args = self.args, None
        if not traced:
            self.kept = function(*args)
            return None
        _trace_start()
        _reset_peak()
        base = _traced()[0]
        self.kept = function(*args)
        tracing = _is_tracing()
        peak = _traced()[1] - base if tracing else 0
        _trace_stop()
        return {"bytes": peak, "tracing": tracing}

    def instances(self, factory: Callable[[Any, int], Any], cls: Any, count: int, traced: Any) -> dict[str, Any] | None:
        """Makes `count` instances and keeps them; with `traced`, the bytes tracemalloc saw them take."""
        if not traced:
            self.kept = [factory(cls, i) for i in range(count)]
            return None
        _trace_start()
        base = _traced()[0]
        self.kept = [factory(cls, i) for i in range(count)]
        tracing = _is_tracing()
        used = _traced()[0] - base if tracing else 0
        _trace_stop()
        return {"bytes": used, "tracing": tracing}

    def release(self) -> None:
        self.kept = None
        settle()


def settle() -> None:
    """Collects garbage and hands freed memory back to the kernel, so the next kernel figure starts low."""
    _collect()
    _trim()


def reset_kernel_peak() -> None:
    """Resets this process's peak RSS (VmHWM), so the supervisor reads the peak of what follows."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


_DICT_OFFSET = type.__dict__["__dictoffset__"]


def slots(cls: Any) -> dict[str, bool]:
    """Whether a class declares __slots__ in its own body, and whether its instances get a __dict__ (read from the
    type's own slot, which a metaclass cannot fake)."""
    return {"declaresSlots": "__slots__" in vars(cls), "instancesHaveDict": _DICT_OFFSET.__get__(cls) != 0}
