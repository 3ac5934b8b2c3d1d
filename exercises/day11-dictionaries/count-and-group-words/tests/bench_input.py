def make_input(n, rng):
    # A text of n words from a vocabulary of about n / 3 words, with some punctuation and capitals.
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(rng.choice(letters) for _ in range(rng.randrange(3, 9))) for _ in range(max(3, n // 3))]
    words = []
    for i in range(n):
        word = rng.choice(vocabulary)
        if i % 7 == 0:
            word = word.capitalize()
        if i % 11 == 0:
            word += ","
        words.append(word)
    return (" ".join(words),)
