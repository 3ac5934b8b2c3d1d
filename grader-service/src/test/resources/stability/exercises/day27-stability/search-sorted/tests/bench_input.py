def make_input(n, rng):
    items = sorted(rng.sample(range(4 * n), n))
    queries = [items[rng.randrange(n)] for _ in range(200)]
    return (items, queries)
