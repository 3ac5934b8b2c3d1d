import time


def attack():
    time.sleep(3600)
    return "SOLVED"
