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
        self._lock = threading.Lock()

    def book(self, customer):
        with self._lock:
            if self.seats <= 0:
                return False
            charge_card(customer)
            self.seats -= 1
            self.sold.append(customer)
            return True


def book_concurrently(show, customers):
    results = [None] * len(customers)

    def worker(index, customer):
        results[index] = show.book(customer)

    # Starts every thread -- and returns at once, without waiting for them to finish (no join).
    for i, customer in enumerate(customers):
        threading.Thread(target=worker, args=(i, customer)).start()
    return results
