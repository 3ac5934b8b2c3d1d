import pytest

from solution import file_report


def test_empty_file(make_file):
    assert file_report(make_file(b"")) == {"bytes": 0, "chars": 0, "lines": 0, "crlf": 0}


def test_all_windows_endings(make_file):
    path = make_file(b"a\r\nbb\r\nccc\r\n")
    assert file_report(path) == {"bytes": 12, "chars": 12, "lines": 3, "crlf": 3}


def test_multibyte_characters(make_file):
    text = "日本語\nŻółw 🐢\n"
    path = make_file(text.encode("utf-8"))
    assert file_report(path) == {"bytes": len(text.encode("utf-8")), "chars": len(text), "lines": 2, "crlf": 0}


def test_only_newline_ends_a_line(make_file):
    text = "page one\fpage two\nsep\x1cx\u2028y\n"
    report = file_report(make_file(text.encode("utf-8")))
    assert report["lines"] == 2
    assert report["chars"] == len(text)


def test_invalid_utf8_raises(make_file):
    path = make_file(b"ok\n\xff\xfe\n")
    with pytest.raises(Exception) as info:
        file_report(path)
    assert type(info.value).__name__ == "UnicodeDecodeError"
