from solution import count_words, group_by_initial, most_common


def test_count_words():
    assert count_words("the cat and the hat") == {"the": 2, "cat": 1, "and": 1, "hat": 1}


def test_most_common():
    assert most_common("b a b c a b", 2) == [("b", 3), ("a", 2)]


def test_group_by_initial():
    assert group_by_initial(["pear", "apple", "plum", "avocado"]) == {
        "p": ["pear", "plum"],
        "a": ["apple", "avocado"],
    }
