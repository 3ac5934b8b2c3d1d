def attack():
    return "nothing"
