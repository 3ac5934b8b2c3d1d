def make_input(n, rng):
    # n readings, about one in twenty invalid (negative).
    return ([rng.randrange(-50, 950) for _ in range(n)],)
