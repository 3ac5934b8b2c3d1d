import pytest

from solution import get_int, validate


def kind(error):
    """The class name of an exception object returned by the learner's code."""
    return repr(error).split("(")[0]


def test_out_of_range_message():
    with pytest.raises(ValueError, match=r"^setting 'workers' must be between 1 and 64, got 65$"):
        get_int({"workers": 65}, "workers", 1, 64)
    with pytest.raises(ValueError, match=r"^setting 'workers' must be between 1 and 64, got 0$"):
        get_int({"workers": " 0"}, "workers", 1, 64)
    assert get_int({"workers": "64"}, "workers", 1, 64) == 64


def test_not_an_integer_is_chained_to_int_error():
    errors = validate({"port": "80x"}, {"port": (1, 65535)})
    assert len(errors) == 1
    cause = errors[0].__cause__
    assert cause is not None
    assert repr(cause).startswith("ValueError(")
    assert "invalid literal for int()" in str(cause)


def test_range_error_has_no_cause():
    errors = validate({"port": 0}, {"port": (1, 65535)})
    assert [kind(e) for e in errors] == ["InvalidSetting"]
    assert errors[0].__cause__ is None


def test_validate_returns_the_exception_objects():
    errors = validate({"a": "1", "b": None, "c": 8.5}, {"d": (0, 9), "b": (0, 9), "a": (0, 9), "c": (0, 9)})
    assert [kind(e) for e in errors] == ["MissingSetting", "InvalidSetting", "InvalidSetting"]
    assert [e.key for e in errors] == ["d", "b", "c"]
    assert str(errors[1]) == "setting 'b' is not an integer: None"
    assert str(errors[2]) == "setting 'c' is not an integer: 8.5"


def test_validate_lets_bugs_through():
    with pytest.raises(TypeError):
        validate(None, {"port": (1, 65535)})


def test_validate_all_good():
    assert validate({"a": 1, "b": "2"}, {"a": (1, 1), "b": (0, 5)}) == []
