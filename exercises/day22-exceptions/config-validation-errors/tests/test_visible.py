import pytest

import solution
from solution import get_int, validate


def test_get_int_reads_ints_and_strings():
    config = {"port": "8080", "workers": 4, "timeout": " 30 "}
    assert get_int(config, "port", 1, 65535) == 8080
    assert get_int(config, "workers", 1, 64) == 4
    assert get_int(config, "timeout", 1, 300) == 30


def test_get_int_errors_and_their_builtin_bases():
    config = {"port": "http"}
    with pytest.raises(solution.MissingSetting, match="missing setting 'host'"):
        get_int(config, "host", 0, 1)
    with pytest.raises(LookupError):
        get_int(config, "host", 0, 1)
    with pytest.raises(solution.InvalidSetting, match="setting 'port' is not an integer: 'http'"):
        get_int(config, "port", 1, 65535)
    with pytest.raises(ValueError):
        get_int(config, "port", 1, 65535)


def test_validate_collects_every_problem():
    config = {"port": "8080", "workers": "many", "timeout": 500}
    spec = {"port": (1, 65535), "workers": (1, 64), "timeout": (1, 300), "host": (0, 1)}
    errors = validate(config, spec)
    assert [str(e) for e in errors] == [
        "setting 'workers' is not an integer: 'many'",
        "setting 'timeout' must be between 1 and 300, got 500",
        "missing setting 'host'",
    ]
    assert [e.key for e in errors] == ["workers", "timeout", "host"]
