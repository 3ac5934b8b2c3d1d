import pytest

import solution


def test_each_account_has_its_own_history():
    a = solution.Account("ann")
    b = solution.Account("bob")
    a.deposit(5)
    b.deposit(7)
    b.withdraw(2)
    assert a.history == [("deposit", 5)]
    assert b.history == [("deposit", 7), ("withdraw", 2)]
    assert solution.SavingsAccount("cy").history == []


def test_open_accounts_counts_on_the_class():
    assert solution.Account.open_accounts == 0
    solution.Account("ann")
    solution.Account("bob")
    assert solution.Account.open_accounts == 2


def test_savings_accounts_count_too():
    solution.Account("ann")
    solution.SavingsAccount("bob")
    solution.SavingsAccount("cy")
    assert solution.Account.open_accounts == 3


def test_rate_lookup_order():
    a = solution.Account("ann", 100)
    b = solution.Account("bob", 100)
    s = solution.SavingsAccount("cy", 100)
    a.interest_rate = 0.5
    assert a.add_interest() == pytest.approx(150)
    assert b.add_interest() == pytest.approx(101)
    assert s.add_interest() == pytest.approx(103)
    assert solution.Account.interest_rate == 0.01
    assert a.history == [("interest", pytest.approx(50))]


def test_changing_the_class_rate():
    a = solution.Account("ann", 100)
    b = solution.Account("bob", 100)
    b.interest_rate = 0.1
    solution.Account.interest_rate = 0.02
    assert a.add_interest() == pytest.approx(102)
    assert b.add_interest() == pytest.approx(110)
    assert solution.SavingsAccount("cy", 100).add_interest() == pytest.approx(103)
