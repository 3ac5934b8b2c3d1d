"""Predict-output exercises: the truth of each snippet comes from running it in this image's CPython."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

TRUTHS: dict[str, str] = {}
SNIPPET_TIMEOUT_S = 10


# Runs the snippet as __main__; an exception it raises is printed as "Type: message" after its output.
WRAPPER = """
import sys
code = sys.stdin.read()
try:
    exec(compile(code, "<snippet>", "exec"), {"__name__": "__main__"})
except BaseException as error:
    sys.stdout.flush()
    print(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)
"""


def run_snippet(code: str, work_dir: str) -> str:
    """What the snippet prints, followed by "Type: message" if it raises."""
    # Each snippet in a folder of its own: files one writes are not there for the next.
    with tempfile.TemporaryDirectory(dir=work_dir) as folder:
        env = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "LANG": "C.UTF-8", "HOME": folder}
        completed = subprocess.run(
            # -s -P, not -I: -I ignores PYTHONHASHSEED, and set order in a truth would change from run to run.
            [sys.executable, "-s", "-P", "-c", WRAPPER],
            input=code.encode("utf-8"),
            capture_output=True,
            timeout=SNIPPET_TIMEOUT_S,
            cwd=folder,
            env=env,
        )
    text = completed.stdout.decode("utf-8", "replace")
    if completed.returncode != 0 and not text:
        text = f"exit code {completed.returncode}\n"
    return text


def normalize(text: object) -> str:
    lines = [line.rstrip() for line in str(text).replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def prepare(snippets: list[dict[str, Any]], tests_dir: str, work_dir: str, module: str) -> None:
    """Computes every snippet's truth and writes one test per snippet."""
    os.makedirs(work_dir, exist_ok=True)
    lines = [f"import {module}", "from pygrade_runner.predict import check", ""]
    for snippet in snippets:
        TRUTHS[snippet["id"]] = normalize(run_snippet(snippet["code"], work_dir))
        lines += [f"def test_{snippet['id']}():", f"    check({module}, {snippet['id']!r})", ""]
    with open(os.path.join(tests_dir, "test_predictions.py"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def check(module: Any, snippet_id: str) -> None:
    answers = module.ANSWERS
    if not isinstance(answers, dict):
        raise AssertionError("ANSWERS must be a dict that maps each snippet id to the output you predict")
    if snippet_id not in answers:
        raise AssertionError(f"ANSWERS has no prediction for {snippet_id!r}")
    prediction = answers[snippet_id]
    if not isinstance(prediction, str):
        raise AssertionError(f"the prediction for {snippet_id!r} must be a string, not {type(prediction).__name__}")
    if normalize(prediction) != TRUTHS[snippet_id]:
        raise AssertionError(f"your prediction for {snippet_id!r} is not what CPython prints: {prediction!r}")
