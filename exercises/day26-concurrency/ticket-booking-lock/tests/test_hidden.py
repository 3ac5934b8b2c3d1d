from solution import Show, book_concurrently

CUSTOMERS = ["ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal"]


def test_never_oversold():
    show = Show(3)
    results = book_concurrently(show, CUSTOMERS)
    assert results.count(True) == 3
    assert show.seats == 0
    assert len(show.sold) == 3


def test_results_match_sales():
    show = Show(5)
    results = book_concurrently(show, CUSTOMERS)
    winners = sorted(c for c, ok in zip(CUSTOMERS, results) if ok)
    assert winners == sorted(show.sold)
    assert results.count(False) == 3


def test_last_seat():
    show = Show(1)
    results = book_concurrently(show, CUSTOMERS[:6])
    assert results.count(True) == 1
    assert show.seats == 0


def test_waits_for_every_booking():
    show = Show(8)
    assert book_concurrently(show, CUSTOMERS) == [True] * 8
    assert show.seats == 0
