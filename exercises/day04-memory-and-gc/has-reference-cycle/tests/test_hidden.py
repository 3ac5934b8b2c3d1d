from hypothesis import given, settings, strategies as st

import solution


def test_cycle_below_the_root():
    b = ["b"]
    c = ["c", b]
    b.append(c)
    assert solution.has_cycle([1, {"deep": [b]}]) is True


def test_shared_object_is_not_a_cycle():
    row = [0, 0]
    assert solution.has_cycle([row, row, {"again": row}]) is False
    assert solution.has_cycle([[0] * 3] * 4) is False


def test_equal_siblings_are_not_a_cycle():
    assert solution.has_cycle([[], [[]], {"a": [[]]}]) is False


def test_two_lists_referring_to_each_other():
    outer = []
    inner = [outer]
    outer.append(inner)
    assert solution.has_cycle(outer) is True


def test_cycle_through_dict_and_list():
    node = {"children": []}
    node["children"].append({"parent": node})
    assert solution.has_cycle(node) is True
    assert solution.has_cycle(node["children"]) is True


def test_scalars_and_empty_containers():
    assert solution.has_cycle(5) is False
    assert solution.has_cycle("abc") is False
    assert solution.has_cycle([]) is False
    assert solution.has_cycle({}) is False


trees = st.recursive(st.integers(0, 9), lambda children: st.lists(children, max_size=3), max_leaves=12)


def list_chains(tree):
    """Every list node of tree, each with the chain of lists from the root down to it."""
    chains = []

    def walk(node, chain):
        chain = chain + [node]
        chains.append(chain)
        for child in node:
            if isinstance(child, list):
                walk(child, chain)

    walk(tree, [])
    return chains


@settings(max_examples=40, deadline=None)
@given(tree=trees, data=st.data())
def test_random_trees_with_a_back_reference(tree, data):
    tree = [tree]
    assert solution.has_cycle(tree) is False
    chain = data.draw(st.sampled_from(list_chains(tree)))
    chain[-1].append(data.draw(st.sampled_from(chain)))
    assert solution.has_cycle(tree) is True


@settings(max_examples=40, deadline=None)
@given(tree=trees, data=st.data())
def test_random_trees_with_a_shared_reference(tree, data):
    tree = [tree, [1], [2]]
    chains = list_chains(tree)
    chain = data.draw(st.sampled_from(chains))
    others = [c[-1] for c in chains if not any(c[-1] is ancestor for ancestor in chain)]
    chain[-1].append(data.draw(st.sampled_from(others)))
    assert solution.has_cycle(tree) is False
