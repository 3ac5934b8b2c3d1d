from decimal import Decimal

CENT = Decimal("0.01")


def total(prices):
    return str(sum((Decimal(price) for price in prices), Decimal("0")).quantize(CENT) + 0)


def split(amount, parts):
    share = (Decimal(amount) / parts).quantize(CENT)
    return [str(share) for _ in range(parts)]
