def make_input(n, rng):
    return ([rng.random() for _ in range(n)],)
