import pytest

from solution import Settings

# Values are recorded inside the blocks and checked after them, so that nothing inside a `with` depends on
# the context manager letting assertion errors through.


def test_values_inside_and_after_block():
    s = Settings(level=1, debug=False)
    with s.override(level=5, debug=True):
        inside = s.as_dict()
    assert inside == {"level": 5, "debug": True}
    assert s.as_dict() == {"level": 1, "debug": False}


def test_as_binds_the_settings():
    s = Settings(level=1)
    with s.override(level=2) as cfg:
        inside = cfg.level
        cfg.extra_check = "seen"
    assert inside == 2
    assert s.extra_check == "seen"


def test_restored_after_exception():
    s = Settings(level=1)
    with pytest.raises(RuntimeError):
        with s.override(level=9):
            raise RuntimeError("boom")
    assert s.level == 1
