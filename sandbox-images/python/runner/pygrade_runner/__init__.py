"""Pygrade's in-container runner.

Three processes per sandbox:
  launcher   (pid 1, root with only CAP_SETUID/CAP_SETGID) reads the job, starts the supervisor and, on its
             request, learner processes under the learner uid;
  supervisor (grader uid, no capabilities) runs the exercise's pytest tests and writes the one result;
  learner    (learner uid, one per test) imports the learner's code and answers the supervisor's calls.
"""

from __future__ import annotations
