class Account:
    interest_rate = 0.01
    open_accounts = 0
    history = []  # the operations

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.open_accounts += 1  # the counter of Account itself, also for subclasses

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def add_interest(self):
        interest = self.balance * self.interest_rate  # instance, then class, then base classes
        self.balance += interest
        self.history.append(("interest", interest))
        return self.balance


class SavingsAccount(Account):
    interest_rate = 0.03
