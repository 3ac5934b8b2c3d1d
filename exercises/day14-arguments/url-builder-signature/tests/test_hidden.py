import pytest
from hypothesis import given, settings, strategies as st

import solution


def test_host_is_positional_only():
    assert solution.build_url("example.com", "search", host="mirror", secure=False) == (
        "http://example.com/search?host=mirror"
    )
    with pytest.raises(TypeError):
        solution.build_url(host="example.com")


def test_secure_is_keyword_only():
    assert solution.build_url("example.com", "flags", False) == "https://example.com/flags/False"
    assert solution.build_url("example.com", "a", "b", "c") == "https://example.com/a/b/c"


def test_maker_calls_do_not_leak():
    api = solution.url_maker("example.com", lang="en", v=1)
    assert api("users", v=2, debug="yes") == "https://example.com/users?lang=en&v=2&debug=yes"
    assert api() == "https://example.com?lang=en&v=1"
    assert api("x", page=3) == "https://example.com/x?lang=en&v=1&page=3"


def test_maker_host_and_secure():
    plain = solution.url_maker("example.org", secure=False, host="h")
    assert plain("a", 1) == "http://example.org/a/1?host=h"
    assert solution.url_maker("example.org")("b") == "https://example.org/b"


keys = st.sampled_from(["page", "sort", "q", "host", "path", "lang", "limit"])
values = st.one_of(st.integers(-5, 50), st.sampled_from(["x", "a b", "", "none"]))


@settings(max_examples=40)
@given(st.lists(st.one_of(st.integers(0, 9), st.sampled_from(["api", "v1", "users"])), max_size=4),
       st.dictionaries(keys, values, max_size=4), st.booleans())
def test_build_url_property(path, query, secure):
    expected = ("https" if secure else "http") + "://h.example" + "".join(f"/{p}" for p in path)
    if query:
        expected += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    assert solution.build_url("h.example", *path, secure=secure, **query) == expected
