def floor_sqrt(n):
    if n < 0:
        raise ValueError("square root of a negative number")
    return int(n ** 0.5)


def is_perfect_square(n):
    root = floor_sqrt(n)
    return root * root == n
