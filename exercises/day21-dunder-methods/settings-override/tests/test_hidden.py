import pytest

from solution import Settings


def test_exception_is_not_swallowed():
    s = Settings(level=1)
    caught = []
    try:
        with s.override(level=2):
            raise ValueError("bad value")
    except ValueError as error:
        caught.append(str(error))
    assert caught == ["bad value"]
    assert s.level == 1


def test_nested_overrides():
    s = Settings(level=1, debug=False)
    seen = []
    with s.override(level=2):
        with s.override(level=3, debug=True):
            seen.append((s.level, s.debug))
        seen.append((s.level, s.debug))
    seen.append((s.level, s.debug))
    assert seen == [(3, True), (2, False), (1, False)]


def test_nested_with_exception_inside():
    s = Settings(level=1)
    seen = []
    with s.override(level=2):
        try:
            with s.override(level=3):
                raise KeyError("k")
        except KeyError:
            seen.append("raised")
        seen.append(s.level)
    assert seen == ["raised", 2]
    assert s.level == 1


def test_unknown_setting_changes_nothing():
    s = Settings(level=1, debug=False)
    with pytest.raises(AttributeError):
        with s.override(level=9, colour="red"):
            pass
    assert s.as_dict() == {"level": 1, "debug": False}


def test_as_dict_is_a_copy():
    s = Settings(level=1)
    d = s.as_dict()
    d["level"] = 100
    assert s.level == 1
