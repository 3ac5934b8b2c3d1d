import threading
import time


def charge_card(customer):
    """Calls the payment service (slow network I/O, simulated). Do not change."""
    time.sleep(0.05)
    return f"receipt-{customer}"


class Show:
    def __init__(self, seats):
        self.seats = seats
        self.sold = []

    def book(self, customer):
        """Charge the customer and take a seat if one is left (True), else False. Called from many threads."""
        raise NotImplementedError


def book_concurrently(show, customers):
    """One thread per customer calling show.book(customer); the results in the order of customers."""
    raise NotImplementedError
