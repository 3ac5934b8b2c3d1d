from solution import coalesce, kind_of


def test_coalesce_skips_none():
    assert coalesce(None, "x", "y") == "x"


def test_coalesce_default():
    assert coalesce(None, None, default="fallback") == "fallback"
    assert coalesce() is None


def test_kind_of_basic_values():
    assert [kind_of(None), kind_of(3.5), kind_of("hi"), kind_of([1])] == ["none", "number", "text", "container"]
