def build_url(host, /, secure=True, *path, **query):
    url = ("https" if secure else "http") + "://" + host
    for segment in path:
        url += "/" + str(segment)
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def url_maker(host, /, secure=True, **defaults):
    def make(*path, **query):
        return build_url(host, secure, *path, **{**defaults, **query})

    return make
