from solution import Show, book_concurrently


def test_book_one_by_one():
    show = Show(2)
    assert [show.book("ann"), show.book("bob"), show.book("cid")] == [True, True, False]
    assert show.seats == 0
    assert show.sold == ["ann", "bob"]


def test_concurrent_with_enough_seats():
    show = Show(3)
    assert book_concurrently(show, ["ann", "bob"]) == [True, True]
    assert show.seats == 1
    assert sorted(show.sold) == ["ann", "bob"]


def test_no_seats():
    show = Show(0)
    assert book_concurrently(show, ["ann", "bob"]) == [False, False]
    assert show.sold == []
