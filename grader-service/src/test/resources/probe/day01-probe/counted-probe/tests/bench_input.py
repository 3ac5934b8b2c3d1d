def make_input(n, rng):
    return ([rng.randrange(n // 2 + 1) for _ in range(n)],)
