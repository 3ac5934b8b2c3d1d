def make_input(n, rng):
    return (sorted(rng.sample(range(4 * n), n)),)
