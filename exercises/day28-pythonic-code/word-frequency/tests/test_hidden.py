import re
from collections import Counter

from conftest import TEXT_A, TEXT_B

from solution import top_words, word_counts


def test_words_are_letter_runs():
    text = "Don't stop-me now: 3 cats, 2 dogs... cats!"
    assert dict(word_counts(text)) == {"don": 1, "t": 1, "stop": 1, "me": 1, "now": 1, "cats": 2, "dogs": 1}


def test_empty_and_wordless_text():
    assert dict(word_counts("")) == {}
    assert dict(word_counts("1, 2, 3 -- !")) == {}
    assert top_words("", 5) == []


def test_ties_broken_alphabetically_everywhere():
    text = "zeta beta alpha beta zeta gamma alpha delta"
    assert top_words(text, 10) == [("alpha", 2), ("beta", 2), ("zeta", 2), ("delta", 1), ("gamma", 1)]


def test_n_larger_than_vocabulary():
    assert top_words("one two two", 10) == [("two", 2), ("one", 1)]


def test_large_text_top_words_fast():
    # About 200_000 words, 46_000 of them distinct: counting each distinct word with a scan is quadratic.
    result = top_words(TEXT_A, 15)
    counts = Counter(re.findall(r"[a-z]+", TEXT_A.lower()))
    assert result == sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:15]


def test_large_text_counts_fast():
    counts = word_counts(TEXT_B)
    expected = Counter(re.findall(r"[a-z]+", TEXT_B.lower()))
    assert len(counts) == len(expected)
    for word in sorted(expected)[::5000]:
        assert counts[word] == expected[word]
