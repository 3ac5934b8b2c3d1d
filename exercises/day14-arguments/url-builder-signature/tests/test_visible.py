from solution import build_url, url_maker


def test_host_only():
    assert build_url("example.com") == "https://example.com"


def test_path_and_query():
    assert build_url("example.com", "api", "v1", page=2, sort="name") == "https://example.com/api/v1?page=2&sort=name"


def test_insecure():
    assert build_url("example.com", "a", secure=False) == "http://example.com/a"


def test_url_maker():
    api = url_maker("example.com", lang="en", v=1)
    assert api("users", page=2) == "https://example.com/users?lang=en&v=1&page=2"
