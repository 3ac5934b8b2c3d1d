class Account:
    interest_rate = 0.01
    open_accounts = 0

    def __init__(self, owner, balance=0):
        raise NotImplementedError

    def deposit(self, amount):
        raise NotImplementedError

    def withdraw(self, amount):
        raise NotImplementedError

    def add_interest(self):
        raise NotImplementedError


class SavingsAccount(Account):
    interest_rate = 0.03
