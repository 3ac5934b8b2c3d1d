import collections, threading
class Base(Exception): pass
class Child(Base, LookupError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
def boom():
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise Child("k") from e
def decode():
    return b"\xff".decode("utf-8")
class Suppressor:
    def __enter__(self): return self
    def __exit__(self, *exc): return True
_t = object()
class Tag: pass
_tag = Tag()
def tag(): return _tag
def counts(): return collections.Counter("hello")
def threads():
    out = []
    ts = [threading.Thread(target=lambda: out.append(len([str(i) * 50 for i in range(2000)]))) for _ in range(8)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(out)


def retry(times, on=(Exception,)):
    def run(func):
        for _ in range(times):
            try:
                return func()
            except on:
                pass
        return None

    return run


def call(func):
    return func()
