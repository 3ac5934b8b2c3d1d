import random

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "pe", "du", "sa", "fi", "go", "hu", "je"]


def big_text(seed, words, vocabulary):
    """A long text of `words` words drawn (Zipf-like) from `vocabulary` made-up words, with punctuation."""
    rng = random.Random(seed)
    vocab = []
    seen = set()
    while len(vocab) < vocabulary:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5)))
        if word not in seen:
            seen.add(word)
            vocab.append(word)
    weights = [1 / (rank + 1) for rank in range(vocabulary)]
    chosen = rng.choices(vocab, weights=weights, k=words // 2) + rng.choices(vocab, k=words - words // 2)
    rng.shuffle(chosen)
    parts = []
    for i, word in enumerate(chosen):
        if i % 17 == 0:
            word = word.capitalize()
        parts.append(word + (", " if i % 7 == 3 else ". " if i % 11 == 5 else " "))
    return "".join(parts)


# Built once, when the tests are collected, so that the timed tests only measure the learner's code.
TEXT_A = big_text(seed=28, words=200_000, vocabulary=60_000)
TEXT_B = big_text(seed=29, words=200_000, vocabulary=60_000)
