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
        # Check, then lock only the update: several threads can pass the check before any of them updates.
        if self.seats <= 0:
            return False
        charge_card(customer)
        with self._lock:
            self.seats -= 1
            self.sold.append(customer)
        return True


def book_concurrently(show, customers):
    results = [None] * len(customers)

    def worker(index, customer):
        results[index] = show.book(customer)

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(customers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
