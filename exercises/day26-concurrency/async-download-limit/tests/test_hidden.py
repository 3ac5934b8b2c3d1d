import solution
from solution import download_all

URLS = [f"https://example.com/item/{i}" for i in range(12)]


def test_order_despite_different_delays():
    assert download_all(URLS, 4) == [f"<page {url}>" for url in URLS]


def test_runs_downloads_concurrently():
    download_all(URLS, 4)
    assert solution.peak_concurrency() == 4


def test_never_exceeds_the_limit():
    download_all(URLS, 3)
    assert solution.peak_concurrency() == 3


def test_failures_do_not_stop_the_others():
    urls = ["broken-1", "a", "b", "broken-2", "c"]
    assert download_all(urls, 2) == [None, "<page a>", "<page b>", None, "<page c>"]


def test_limit_larger_than_the_work():
    assert download_all(["x", "y"], 10) == ["<page x>", "<page y>"]
    assert solution.peak_concurrency() == 2


def test_can_be_called_again():
    assert download_all(["a"], 1) == ["<page a>"]
    assert download_all(["b", "c"], 2) == ["<page b>", "<page c>"]
