def make_input(n, rng):
    # n items with many repeats: about half of them are duplicates.
    return ([rng.randrange(n // 2 + 1) for _ in range(n)],)
