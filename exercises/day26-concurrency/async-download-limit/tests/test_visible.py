from solution import download_all


def test_contents_in_order():
    assert download_all(["a", "b", "c"], 2) == ["<page a>", "<page b>", "<page c>"]


def test_no_urls():
    assert download_all([], 3) == []


def test_failed_download_gives_none():
    assert download_all(["a", "broken-b", "c"], 3) == ["<page a>", None, "<page c>"]
