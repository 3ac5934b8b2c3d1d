import pytest

from solution import import_object


def test_function_in_a_submodule():
    assert import_object("os.path.join")("a", "b") == "a/b"


def test_module_constant():
    assert import_object("math.pi") == 3.141592653589793


def test_missing_attribute():
    with pytest.raises(AttributeError):
        import_object("json.no_such_thing")
