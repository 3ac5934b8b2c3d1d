from collections import Counter

from hypothesis import given, settings, strategies as st

import solution

# A large text: 300,000 words, about 100,000 of them distinct, plus a few frequent ones.
WORDS = [f"w{(i * 7919) % 100_003}" for i in range(300_000)]
WORDS[::97] = ["alpha"] * len(WORDS[::97])
WORDS[5::211] = ["beta"] * len(WORDS[5::211])
WORDS[7::1009] = ["gamma"] * len(WORDS[7::1009])
BIG_TEXT = " ".join(WORDS)
BIG_TOP = Counter(WORDS).most_common(6)

word = st.sampled_from(["a", "b", "c", "A", "ab", "ba", "z"])


def test_keys_in_first_appearance_order():
    counts = solution.count_words("zeta beta zeta alpha beta zeta")
    assert list(counts.items()) == [("zeta", 3), ("beta", 2), ("alpha", 1)]


def test_ties_keep_first_appearance():
    assert solution.most_common("pear fig apple fig pear kiwi", 3) == [("pear", 2), ("fig", 2), ("apple", 1)]


def test_most_common_edge_cases():
    assert solution.most_common("", 3) == []
    assert solution.most_common("a b", 0) == []
    assert solution.most_common("x  y\n\tx", 5) == [("x", 2), ("y", 1)]
    assert solution.count_words("Hi hi HI") == {"Hi": 1, "hi": 1, "HI": 1}


def test_groups_are_separate_lists():
    groups = solution.group_by_initial(["kiwi", "fig", "kale", "fig"])
    assert groups == {"k": ["kiwi", "kale"], "f": ["fig", "fig"]}
    assert groups["k"] is not groups["f"]
    assert list(groups) == ["k", "f"]


@settings(max_examples=40)
@given(st.lists(word, max_size=25))
def test_count_words_matches_counter(words):
    counts = solution.count_words(" ".join(words))
    assert list(counts.items()) == list(Counter(words).items())


@settings(max_examples=30)
@given(st.lists(word, min_size=1, max_size=25))
def test_group_by_initial_property(words):
    groups = solution.group_by_initial(words)
    assert list(groups) == list(dict.fromkeys(w[0] for w in words))
    for letter, members in groups.items():
        assert members == [w for w in words if w[0] == letter]


def test_large_text_in_linear_time():
    assert solution.most_common(BIG_TEXT, 6) == BIG_TOP
