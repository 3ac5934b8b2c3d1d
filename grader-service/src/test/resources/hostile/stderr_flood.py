import sys


def attack():
    while True:
        sys.stderr.write("y" * 1000 + "\n")
