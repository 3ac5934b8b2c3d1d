import pytest

from solution import chain_of_command, depth

ORG = {"bob": "ann", "cid": "bob", "dee": "bob"}


def test_chain_of_command():
    assert chain_of_command("cid", ORG) == ["cid", "bob", "ann"]


def test_depth():
    assert depth("dee", ORG) == 2


def test_cycle_raises():
    with pytest.raises(ValueError):
        depth("x", {"x": "y", "y": "x"})
