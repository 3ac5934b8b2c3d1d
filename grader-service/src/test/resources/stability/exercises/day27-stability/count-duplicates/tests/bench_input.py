def make_input(n, rng):
    return ([rng.randrange(n) for _ in range(n)],)
