"""Conditions that end a test against the learner: limits reached, a crashed or misbehaving learner process.

They derive from BaseException on purpose: a test that wraps learner calls in `pytest.raises(Exception)` or
`except Exception` must not swallow them and pass.
"""

from __future__ import annotations


class LearnerFault(BaseException):
    status = "failed"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TimeLimit(LearnerFault):
    status = "timeout"


class MemoryLimit(LearnerFault):
    status = "memory-limit"


class OutputLimit(LearnerFault):
    status = "output-limit"


class ProcessLimit(LearnerFault):
    status = "process-limit"


class FileLimit(LearnerFault):
    status = "file-limit"


class Crashed(LearnerFault):
    status = "crashed"


class ImportFailed(LearnerFault):
    """The learner's module could not be imported (syntax error, exception at import)."""

    status = "failed"


class ProtocolViolation(LearnerFault):
    """The learner process wrote something on its channel that is not a valid answer."""

    status = "failed"


class AuthoringError(Exception):
    """The exercise's tests use the proxy in a way it cannot support; reported as a grading error."""
