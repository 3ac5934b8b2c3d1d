from hypothesis import given, settings, strategies as st

import solution


def test_attribute_names_are_not_globals():
    source = "import math\n\ndef circle(r):\n    return math.pi * r * r\n"
    assert solution.global_reads(source) == ["math"]
    assert solution.global_reads("def shout(text):\n    return text.upper().strip()\n") == []


def test_stores_are_not_reads():
    assert solution.global_reads("counter = 5\ndef reset():\n    global counter\n    counter = 0\n") == []
    bump = "counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter\n"
    assert solution.global_reads(bump) == ["counter"]


def test_assignment_anywhere_makes_a_local():
    assert solution.global_reads("x = 1\ndef f():\n    y = x\n    return y\n") == ["x"]
    assert solution.global_reads("x = 1\ndef g():\n    print(x)\n    x = 2\n") == ["print"]


def test_comprehensions_and_lambdas():
    assert solution.global_reads("def scaled(items):\n    return [x * FACTOR for x in items]\n") == ["FACTOR"]
    source = "def by_length(words):\n    return sorted(words, key=lambda w: len(w))\n"
    assert solution.global_reads(source) == ["len", "sorted"]
    source = "def table(n):\n    return {i: {j: i * j + BIAS for j in range(n)} for i in range(n)}\n"
    assert solution.global_reads(source) == ["BIAS", "range"]


def test_nested_functions():
    source = (
        "def make_adder(n):\n"
        "    def add(x):\n"
        "        return x + n + OFFSET\n"
        "    return add\n"
    )
    assert solution.global_reads(source) == ["OFFSET"]


NAMES = ["alpha", "beta", "gamma", "delta", "print", "len"]


@settings(max_examples=40, deadline=None)
@given(
    used=st.lists(st.sampled_from(NAMES), min_size=1, max_size=6),
    assigned=st.sets(st.sampled_from(NAMES)),
    params=st.sets(st.sampled_from(NAMES), max_size=2),
)
def test_generated_functions(used, assigned, params):
    lines = [f"def generated({', '.join(sorted(params))}):"]
    lines += [f"    {name} = 0" for name in sorted(assigned)]
    lines.append(f"    return [{', '.join(used)}]")
    expected = sorted(set(used) - set(assigned) - set(params))
    assert solution.global_reads("\n".join(lines) + "\n") == expected
