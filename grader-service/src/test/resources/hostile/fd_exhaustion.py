def attack():
    files = [open("/dev/null") for _ in range(100000)]
    return "SOLVED" if files else "nothing"
