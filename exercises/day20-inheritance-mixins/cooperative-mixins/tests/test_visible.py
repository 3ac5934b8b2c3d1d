from solution import AuditedService, Service, TaggedComponent


def test_service_attributes():
    s = Service("db", created=5, tags=["x", "y"])
    assert (s.name, s.created, s.tags) == ("db", 5, ["x", "y"])


def test_service_describe():
    assert Service("db", created=5, tags=["x", "y"]).describe() == ["component db", "tags x,y", "created 5"]


def test_tagged_component():
    assert TaggedComponent("cache", tags=["hot"]).describe() == ["component cache", "tags hot"]


def test_audited_service():
    assert AuditedService("api", auditor="eve").describe() == ["component api", "tags ", "created 0", "audited by eve"]
