def make_input(n, rng):
    return ([rng.randrange(1000) for _ in range(n)],)
