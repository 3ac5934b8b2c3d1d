def total(prices):
    return f"{sum(float(price) for price in prices):.2f}"


def split(amount, parts):
    return [f"{float(amount) / parts:.2f}" for _ in range(parts)]
