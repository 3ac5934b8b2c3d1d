from solution import Tag


def test_same_name_same_object():
    a = Tag("python")
    b = Tag("python")
    a.note = "shared"
    assert b.note == "shared"


def test_normalized_names_are_the_same_tag():
    a = Tag("Python")
    a.note = "first"
    assert Tag(" PYTHON ").note == "first"
    assert Tag("python").name == "Python"


def test_repr():
    assert repr(Tag("Rust")) == "Tag('Rust')"
