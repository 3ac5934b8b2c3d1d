def floor_sqrt(n):
    if n < 0:
        raise ValueError("square root of a negative number")
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)  # a power of two >= the root
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def is_perfect_square(n):
    root = floor_sqrt(n)
    return root * root == n
