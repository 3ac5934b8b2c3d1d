import pytest

from solution import Account, SavingsAccount


def test_deposit_and_withdraw():
    a = Account("ann", 100)
    assert (a.deposit(50), a.withdraw(30)) == (150, 120)
    assert a.history == [("deposit", 50), ("withdraw", 30)]


def test_invalid_amounts():
    a = Account("ann", 10)
    with pytest.raises(ValueError):
        a.withdraw(11)
    with pytest.raises(ValueError):
        a.deposit(0)
    assert a.balance == 10 and a.history == []


def test_savings_interest():
    b = SavingsAccount("bob", 1000)
    assert b.add_interest() == pytest.approx(1030)
