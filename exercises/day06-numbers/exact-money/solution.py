from decimal import Decimal


def _cents(amount):
    return int(Decimal(amount) * 100)


def _text(cents):
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"


def total(prices):
    return _text(sum(_cents(price) for price in prices))


def split(amount, parts):
    share, extra = divmod(_cents(amount), parts)
    return [_text(share + 1) for _ in range(extra)] + [_text(share) for _ in range(parts - extra)]
