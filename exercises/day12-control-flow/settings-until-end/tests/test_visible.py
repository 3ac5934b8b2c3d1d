import pytest

from solution import find_first, parse_settings


def test_plain_settings():
    assert parse_settings(["name = demo", "debug = yes", "END"]) == {"name": "demo", "debug": "yes"}


def test_comments_and_blank_lines_are_skipped():
    lines = ["# demo", "", "name = demo", "  port = 8080 ", "END", "ignored"]
    assert parse_settings(lines) == {"name": "demo", "port": "8080"}


def test_missing_end():
    with pytest.raises(ValueError, match="missing END"):
        parse_settings(["name = demo"])


def test_find_first():
    assert find_first([[1, 2], [3, 2]], 2) == (0, 1)
