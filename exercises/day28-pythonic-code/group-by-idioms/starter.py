def group_by(items, key=None):
    """{key: [items with that key, in order]}, keys in order of first appearance; a plain dict."""
    raise NotImplementedError


def invert(mapping):
    """{value: [keys that had this value, in order]}; a plain dict."""
    raise NotImplementedError
