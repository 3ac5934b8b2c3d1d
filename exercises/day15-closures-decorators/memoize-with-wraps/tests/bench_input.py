def make_input(n, rng):
    return (n,)
