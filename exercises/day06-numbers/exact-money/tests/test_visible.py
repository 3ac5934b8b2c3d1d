from solution import split, total


def test_total_of_two_prices():
    assert total(["0.10", "0.20"]) == "0.30"


def test_total_of_nothing():
    assert total([]) == "0.00"


def test_split_ten_in_three():
    assert split("10.00", 3) == ["3.34", "3.33", "3.33"]
