def make_input(n, rng):
    # n readings of which about half are spikes above the threshold; only the first 10 are asked for.
    return ([rng.randrange(1_000_000) for _ in range(n)], 500_000, 10)
