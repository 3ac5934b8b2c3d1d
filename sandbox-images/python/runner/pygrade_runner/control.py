"""The supervisor's side of the channel to the launcher: start learner processes, kill them, read their exit."""

from __future__ import annotations

import json
import socket
import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

MAX_MESSAGE = 65536


class LauncherControl:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        # Output readers may ask for a kill while the main thread is using the channel.
        self.lock = threading.Lock()

    def _request(self, message: dict[str, Any], fds: Sequence[int] = ()) -> dict[str, Any]:
        data = json.dumps(message).encode()
        with self.lock:
            if fds:
                socket.send_fds(self.sock, [data], list(fds))
            else:
                self.sock.send(data)
            reply = self.sock.recv(MAX_MESSAGE)
        if not reply:
            raise RuntimeError("the launcher closed its control channel")
        return json.loads(reply)

    def spawn(self, role: str, fds: Sequence[int]) -> int:
        """Starts a process of the role ("learner") with fds as its 1, 2, 3 and 4; returns its pid."""
        reply = self._request({"op": "spawn", "role": role}, fds)
        if "pid" not in reply:
            raise RuntimeError(reply.get("error", "the launcher started no process"))
        return reply["pid"]

    def kill_all(self, role: str) -> None:
        """Kills every process of the role's uid: the learner process and whatever it started."""
        self._request({"op": "kill", "role": role})

    def exit_status(self, pid: int, timeout: float) -> dict[str, Any]:
        """How a process ended (code or signal) and its rusage, once the launcher has reaped it."""
        return self._request({"op": "status", "pid": pid, "timeout": timeout})
