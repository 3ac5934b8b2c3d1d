def make_input(n, rng):
    return ([rng.randrange(1 << 24) for _ in range(n)], 10)
