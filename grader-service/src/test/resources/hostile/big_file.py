def attack():
    with open("big.bin", "wb") as out:
        for _ in range(1000):
            out.write(b"x" * (1024 * 1024))
    return "SOLVED"
