"""Framing and value encoding between the supervisor and a learner process.

Frames are a 4-byte big-endian length and a UTF-8 JSON body. Values are plain JSON where JSON is exact
(None, bool, int, str, lists) and tagged objects for the rest, so that decoding never creates anything but
plain data: nothing here can run code of the peer. Handles and callbacks are decoded by the caller's hooks.
"""

from __future__ import annotations

import base64
import collections
import json
import math
import os
import struct

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any, NoReturn

    # What an Encoder makes of an object that is not plain data, and what a Decoder makes of a tag it does not know.
    EncodeOther = Callable[[Any], Any]
    DecodeOther = Callable[[str, Any], Any]

MAX_FRAME = 8 * 1024 * 1024
# The standard library's dict subclasses travel by value too, keeping their type: a test may need to see that a
# function leaked a defaultdict (whose lookups create keys) or returned a Counter.
MAPPING_TAGS: dict[type, str] = {
    dict: "$dict",
    collections.Counter: "$counter",
    collections.OrderedDict: "$ordereddict",
    collections.defaultdict: "$defaultdict",
}
MAPPING_TYPES = {tag: kind for kind, tag in MAPPING_TAGS.items()}
# A defaultdict's factory crosses by name when it is one of these; any other makes the defaultdict a handle.
FACTORIES: dict[str | None, type] = {
    kind.__name__: kind for kind in (list, dict, set, int, float, str, bytes, tuple, frozenset)
}
MAX_DEPTH = 100
# Values that encode as themselves, and those that JSON decodes as themselves. A list or mapping made of these
# alone (exact types, checked at C speed) is copied whole instead of item by item: the result is the same, and
# the large inputs of performance tests cross many times faster.
SELF_ENCODED = frozenset({type(None), bool, int, str})
SELF_DECODED = SELF_ENCODED | {float}


class WireError(Exception):
    """The peer sent something that is not a valid frame or value."""


def encode_frame(message: Any) -> bytes:
    body = json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if len(body) > MAX_FRAME:
        raise WireError(f"message of {len(body)} bytes exceeds the {MAX_FRAME}-byte frame limit")
    return struct.pack(">I", len(body)) + body


def write_frame(fd: int, message: Any) -> None:
    view = memoryview(encode_frame(message))
    while view:
        written = os.write(fd, view)
        view = view[written:]


class FrameReader:
    """Reads frames from a non-blocking or blocking fd, one chunk at a time."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()

    def feed(self) -> bool:
        """Reads what is available; returns False at end of file."""
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            return False
        self.buffer.extend(chunk)
        if len(self.buffer) > MAX_FRAME + 4 + (1 << 16):
            raise WireError("peer sent more than one frame's worth of data without a frame boundary")
        return True

    def next_frame(self) -> dict[str, Any] | None:
        """Returns the next complete message, or None when more data is needed."""
        if len(self.buffer) < 4:
            return None
        (length,) = struct.unpack(">I", self.buffer[:4])
        if length > MAX_FRAME:
            raise WireError(f"peer announced a frame of {length} bytes (limit {MAX_FRAME})")
        if len(self.buffer) < 4 + length:
            return None
        body = bytes(self.buffer[4 : 4 + length])
        del self.buffer[: 4 + length]
        try:
            message = json.loads(body.decode("utf-8"))
        except (ValueError, RecursionError) as error:
            raise WireError(f"peer sent a frame that is not JSON: {error}") from None
        if not isinstance(message, dict):
            raise WireError("peer sent a frame that is not a JSON object")
        return message


def read_frame_blocking(reader: FrameReader) -> dict[str, Any]:
    while True:
        message = reader.next_frame()
        if message is not None:
            return message
        if not reader.feed():
            raise EOFError("peer closed the channel")


def encode_float(value: float) -> float | dict[str, str]:
    if math.isnan(value) or math.isinf(value) or (value == 0.0 and math.copysign(1.0, value) < 0):
        return {"$float": repr(value)}
    return value


def encode(value: Any, encode_other: EncodeOther) -> Any:
    """Encodes one value on its own (see Encoder)."""
    return Encoder(encode_other).encode(value)


def decode(data: Any, decode_other: DecodeOther) -> Any:
    """Decodes one value on its own (see Decoder)."""
    return Decoder(decode_other).decode(data)


class Encoder:
    """Encodes values; objects that are not plain data go to encode_other (a handle, a callback ...).

    Only exact plain types are encoded by value: a subclass of int or list may override comparison and is the
    peer's object, not data. Lists, dicts and sets are numbered in the order they are met; one met again is sent
    as a reference, so aliasing (`[[0] * 2] * 3`) and cycles (`a.append(a)`) survive the trip. An answer's
    encoder knows the containers that came with the request (`arguments`) and refers to them as `$arg`, so that
    the peer sees its own object again (`copy[0] is grid[0]`).
    """

    def __init__(
        self, encode_other: EncodeOther, arguments: Iterable[Any] = (), index: dict[int, int] | None = None
    ) -> None:
        self.encode_other = encode_other
        self.arguments = index if index is not None else argument_index(arguments)
        self.seen: dict[int, int] = {}  # id -> number
        self.order: list[Any] = []  # the containers, by number; also keeps them alive so ids stay unique

    def encode(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise WireError(f"value nested more than {MAX_DEPTH} levels deep")
        kind = type(value)
        if value is None or kind is bool or kind is int or kind is str:
            return value
        if kind is float:
            return encode_float(value)
        if kind is complex:
            return {"$complex": [encode_float(value.real), encode_float(value.imag)]}
        if kind is bytes:
            return {"$bytes": base64.b64encode(value).decode("ascii")}
        if kind is tuple:
            return {"$tuple": [self.encode(item, depth + 1) for item in value]}
        if kind is frozenset:
            return {"$frozenset": [self.encode(item, depth + 1) for item in value]}
        if kind is collections.defaultdict and not _known_factory(value.default_factory):
            return self.encode_other(value)
        if kind is list or kind is set or kind in MAPPING_TAGS:
            if id(value) in self.arguments:
                return {"$arg": self.arguments[id(value)]}
            if id(value) in self.seen:
                return {"$alias": self.seen[id(value)]}
            self.seen[id(value)] = len(self.order)
            self.order.append(value)
            body = self.contents(value, depth)
            if kind is list:
                return body
            if kind is set:
                return {"$set": body}
            if kind is collections.defaultdict:
                factory = value.default_factory
                return {"$defaultdict": {"factory": None if factory is None else factory.__name__, "items": body}}
            return {MAPPING_TAGS[kind]: body}
        return self.encode_other(value)

    def contents(self, container: Any, depth: int = 0) -> list[Any]:
        """The items of a list or set, or the pairs of a mapping, encoded."""
        flat = depth < MAX_DEPTH
        if isinstance(container, dict):
            if flat and _only(SELF_ENCODED, container.keys()) and _only(SELF_ENCODED, container.values()):
                return [[k, v] for k, v in container.items()]
            return [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in container.items()]
        if flat and _only(SELF_ENCODED, container):
            return list(container)
        return [self.encode(item, depth + 1) for item in container]


class Decoder:
    """Decodes what an Encoder made; tagged objects that are not plain data go to decode_other."""

    def __init__(self, decode_other: DecodeOther, arguments: Sequence[Any] = ()) -> None:
        self.decode_other = decode_other
        self.arguments = arguments  # our containers that the peer may refer to as $arg
        self.containers: list[Any] = []  # numbered in the order the encoder met them

    def decode(self, data: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise WireError(f"value nested more than {MAX_DEPTH} levels deep")
        if data is None or isinstance(data, (bool, int, str, float)):
            return data
        if isinstance(data, list):
            result: Any = []
            self.containers.append(result)
            if depth < MAX_DEPTH and _only(SELF_DECODED, data):
                result.extend(data)
            else:
                result.extend(self.decode(item, depth + 1) for item in data)
            return result
        if not isinstance(data, dict) or len(data) != 1:
            raise WireError("malformed value")
        ((tag, body),) = data.items()
        try:
            if tag == "$alias":
                if not isinstance(body, int) or not 0 <= body < len(self.containers) or self.containers[body] is None:
                    raise WireError("malformed alias")
                return self.containers[body]
            if tag == "$arg":
                if not isinstance(body, int) or not 0 <= body < len(self.arguments):
                    raise WireError("malformed argument reference")
                return self.arguments[body]
            if tag == "$float":
                if body not in ("nan", "inf", "-inf", "-0.0"):
                    raise WireError("malformed float")
                return float(body)
            if tag == "$complex":
                return complex(_float(body[0]), _float(body[1]))
            if tag == "$bytes":
                return base64.b64decode(body.encode("ascii"), validate=True)
            if tag == "$tuple":
                return tuple(self.decode(item, depth + 1) for item in _list(body))
            if tag == "$frozenset":
                return frozenset(self.decode(item, depth + 1) for item in _list(body))
            if tag == "$set":
                number = len(self.containers)
                self.containers.append(None)  # a set cannot contain itself: it is usable once complete
                result = set(self.decode(item, depth + 1) for item in _list(body))
                self.containers[number] = result
                return result
            if tag in MAPPING_TYPES:
                if tag == "$defaultdict":
                    if not isinstance(body, dict) or set(body) != {"factory", "items"}:
                        raise WireError("malformed defaultdict")
                    factory, body = body["factory"], body["items"]
                    if factory is not None and factory not in FACTORIES:
                        raise WireError("malformed defaultdict factory")
                    result = collections.defaultdict(FACTORIES.get(factory))
                else:
                    result = MAPPING_TYPES[tag]()
                self.containers.append(result)
                pairs = _list(body)
                if depth < MAX_DEPTH and _only(_LISTS, pairs) and set(map(len, pairs)) <= {2}:
                    keys = [pair[0] for pair in pairs]
                    items = [pair[1] for pair in pairs]
                    if _only(SELF_DECODED, keys) and _only(SELF_DECODED, items):
                        for key, item in zip(keys, items, strict=False):
                            result[key] = item
                        return result
                for pair in pairs:
                    key, item = _list(pair)
                    result[self.decode(key, depth + 1)] = self.decode(item, depth + 1)
                return result
        except WireError:
            raise
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError) as error:
            raise WireError(f"malformed {tag} value: {error}") from None
        return self.decode_other(tag, body)

    def restore(self, number: object, contents: object) -> None:
        """Gives our argument container `number` the contents the peer's code left in it (in place)."""
        if not isinstance(number, int) or not 0 <= number < len(self.arguments):
            raise WireError("malformed restore")
        container = self.arguments[number]
        try:
            if isinstance(container, dict):
                pairs = [(self.decode(k, 1), self.decode(v, 1)) for k, v in (_list(p) for p in _list(contents))]
                container.clear()
                container.update(pairs)
            else:
                items = [self.decode(item, 1) for item in _list(contents)]
                if type(container) is list:
                    container[:] = items
                else:
                    container.clear()
                    container.update(items)
        except WireError:
            raise
        except (TypeError, ValueError) as error:
            raise WireError(f"malformed restore: {error}") from None


_LISTS = frozenset({list})


def _only(types: frozenset[type], values: Iterable[object]) -> bool:
    """Whether the exact type of every value is one of `types`, checked at C speed."""
    return set(map(type, values)) <= types


def _known_factory(factory: object) -> bool:
    return factory is None or FACTORIES.get(getattr(factory, "__name__", None)) is factory


def argument_index(arguments: Iterable[Any]) -> dict[int, int]:
    return {id(c): number for number, c in enumerate(arguments) if c is not None}


def snapshots(encode_other: EncodeOther, containers: Sequence[Any]) -> list[str | None]:
    """Comparable images of each container's contents (nested containers as references), to tell later which
    ones the code changed. Linear in the total size, however many containers there are."""
    index = argument_index(containers)
    return [
        None
        if container is None
        else json.dumps(Encoder(encode_other, index=index).contents(container), separators=(",", ":"), allow_nan=False)
        for container in containers
    ]


def _float(item: object) -> float:
    if isinstance(item, float) or (isinstance(item, int) and not isinstance(item, bool)):
        return float(item)
    if isinstance(item, dict) and "$float" in item:
        return Decoder(_no_objects).decode(item, 0)
    raise WireError("malformed float")


def _no_objects(tag: str, body: Any) -> NoReturn:
    raise WireError(f"unexpected {tag}")


def _list(body: object) -> list[Any]:
    if not isinstance(body, list):
        raise WireError("expected a list")
    return body
