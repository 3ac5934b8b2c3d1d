import os


def attack():
    # Fill the work dir, then /tmp, with many files each under the file size limit; the last refusal is raised.
    block = b"z" * (128 * 1024)
    refused = None
    for directory in (".", "/tmp"):
        try:
            for i in range(100000):
                with open(os.path.join(directory, f"fill{i}"), "wb") as out:
                    out.write(block)
        except OSError as error:
            refused = error
    if refused is not None:
        raise refused
    return "SOLVED"
