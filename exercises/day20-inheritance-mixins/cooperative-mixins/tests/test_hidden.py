import pytest

import solution


def test_defaults_and_own_lists():
    a = solution.Service("a")
    b = solution.Service("b")
    assert (a.name, a.created, a.tags) == ("a", 0, [])
    a.tags.append("x")
    assert b.tags == []
    given = ["t"]
    c = solution.Service("c", tags=given)
    given.append("u")
    assert c.tags == ["t"]


def test_mro_of_service():
    assert [k.__name__ for k in solution.Service.__mro__] == [
        "Service", "TimestampMixin", "TagsMixin", "Component", "object"]


def test_every_init_runs_once():
    s = solution.AuditedService("api", auditor="eve", created=7, tags=("p", "q"))
    assert (s.name, s.created, s.tags, s.auditor) == ("api", 7, ["p", "q"], "eve")
    assert s.describe() == ["component api", "tags p,q", "created 7", "audited by eve"]


def test_tagged_component_has_no_timestamp():
    t = solution.TaggedComponent("cache")
    assert (t.name, t.tags) == ("cache", [])
    assert not hasattr(t, "created")
    assert t.describe() == ["component cache", "tags "]


def test_unknown_keywords_are_refused():
    with pytest.raises(TypeError):
        solution.Service("db", colour="red")
    with pytest.raises(TypeError):
        solution.AuditedService("db")
    with pytest.raises(TypeError):
        solution.TaggedComponent("x", created=3)
