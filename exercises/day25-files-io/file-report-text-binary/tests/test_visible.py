from solution import file_report


def test_ascii_unix_file(make_file):
    path = make_file(b"one\ntwo\nthree\n")
    assert file_report(path) == {"bytes": 14, "chars": 14, "lines": 3, "crlf": 0}


def test_utf8_and_windows_endings(make_file):
    path = make_file("café\r\nok\n".encode("utf-8"))
    assert file_report(path) == {"bytes": 10, "chars": 9, "lines": 2, "crlf": 1}


def test_last_line_without_newline(make_file):
    path = make_file(b"one\ntwo")
    assert file_report(path)["lines"] == 2
