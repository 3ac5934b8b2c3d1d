def make_input(n, rng):
    # n short fields, one in ten needing quotes.
    return ([f"f{rng.randrange(10**6)}" if i % 10 else f'say "hi", {i}' for i in range(n)],)
