import pytest

from solution import Tag


def test_identity_not_just_shared_state():
    a = Tag("Go")
    b = Tag("go")
    assert a == b  # Tag defines no __eq__: == is identity here
    assert Tag("Go") != Tag("Java")


def test_first_spelling_wins():
    Tag("  Data Science ")
    Tag("DATA SCIENCE")
    tag = Tag("data science")
    assert tag.name == "Data Science"
    assert repr(tag) == "Tag('Data Science')"


def test_uses_counts_every_call():
    Tag("a")
    Tag("A")
    Tag("b")
    assert Tag("a").uses == 3
    assert Tag("B").uses == 2
    assert Tag("c").uses == 1


def test_different_names_are_different_tags():
    a = Tag("x")
    a.note = "x"
    b = Tag("y")
    b.note = "y"
    assert Tag("X").note == "x"
    assert Tag("Y").note == "y"
    assert Tag("y").name == "y"


def test_invalid_names():
    with pytest.raises(TypeError):
        Tag(42)
    with pytest.raises(ValueError):
        Tag("   ")
