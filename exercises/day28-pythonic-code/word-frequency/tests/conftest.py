import itertools
import random

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "pe", "du", "sa", "fi", "go", "hu", "je"]


def big_text(seed, words, vocabulary):
    """A long text of `words` words drawn from `vocabulary` made-up words, with punctuation: every other word is
    drawn Zipf-like (rank r about 1/r as often as the first), the others uniformly. Built with C-speed list
    operations: it runs in every grading, before the tests."""
    rng = random.Random(seed)
    vocab = ["".join(parts) for length in (2, 3, 4) for parts in itertools.product(SYLLABLES, repeat=length)]
    rng.shuffle(vocab)
    del vocab[vocabulary:]
    chosen = [""] * words
    chosen[0::2] = [vocab[int(vocabulary ** rng.random()) - 1] for _ in range(len(chosen[0::2]))]
    chosen[1::2] = rng.choices(vocab, k=len(chosen[1::2]))
    for i in range(0, words, 17):
        chosen[i] = chosen[i].capitalize()
    separators = [" "] * words
    separators[3::7] = [", "] * len(separators[3::7])
    separators[5::11] = [". "] * len(separators[5::11])
    return "".join(itertools.chain.from_iterable(zip(chosen, separators)))


# Built once, when the tests are collected, so that the timed tests only measure the learner's code.
TEXT_A = big_text(seed=28, words=200_000, vocabulary=50_000)
TEXT_B = big_text(seed=29, words=200_000, vocabulary=50_000)
