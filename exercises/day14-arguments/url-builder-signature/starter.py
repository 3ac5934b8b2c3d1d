def build_url(host, /, *path, secure=True, **query):
    """scheme://host/seg/seg?key=value&...: host positional-only, secure keyword-only."""
    raise NotImplementedError


def url_maker(host, /, *, secure=True, **defaults):
    """Return make(*path, **query) that calls build_url with defaults updated by query."""
    raise NotImplementedError
