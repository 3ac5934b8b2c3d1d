from solution import top_words, word_counts


def test_counts_ignore_case_and_punctuation():
    assert dict(word_counts("The cat and the hat. The END!")) == {"the": 3, "cat": 1, "and": 1, "hat": 1, "end": 1}


def test_top_words_most_frequent_first():
    assert top_words("b a b c b a", 2) == [("b", 3), ("a", 2)]


def test_ties_alphabetical():
    assert top_words("pear apple pear apple fig", 3) == [("apple", 2), ("pear", 2), ("fig", 1)]
