def floor_sqrt(n):
    if n < 0:
        raise ValueError("square root of a negative number")
    if n < 2:
        return n
    x = n
    while True:
        y = (x + n / x) / 2
        if y >= x:
            return int(x)
        x = y


def is_perfect_square(n):
    root = floor_sqrt(n)
    return root * root == n
