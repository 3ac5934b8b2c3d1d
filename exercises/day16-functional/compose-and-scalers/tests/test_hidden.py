from hypothesis import given, settings, strategies as st

import solution


def inc(x):
    return x + 1


def double(x):
    return x * 2


def neg(x):
    return -x


def square(x):
    return x * x


def test_empty_is_identity():
    assert solution.compose()(7) == 7
    assert solution.pipeline()("same") == "same"


def test_three_functions_in_order():
    assert solution.compose(inc, double, square)(3) == 19  # inc(double(square(3)))
    assert solution.pipeline(inc, double, square)(3) == 64  # square(double(inc(3)))
    assert solution.compose(neg)(4) == -4


def test_functions_run_at_each_call():
    calls = []

    def log(x):
        calls.append(x)
        return x

    composed = solution.compose(inc, log)
    assert calls == []
    assert [composed(1), composed(2)] == [2, 3]
    assert calls == [1, 2]


def test_each_scaler_keeps_its_factor():
    scalers = solution.make_scalers([3, 0, -1, 7])
    assert [f(2) for f in scalers] == [6, 0, -2, 14]
    assert solution.make_scalers([]) == []


FUNCS = {"inc": inc, "double": double, "neg": neg, "square": square}


@settings(max_examples=20)
@given(st.lists(st.sampled_from(sorted(FUNCS)), max_size=4), st.integers(-5, 5))
def test_compose_property(names, x):
    funcs = [FUNCS[name] for name in names]
    expected = x
    for func in reversed(funcs):
        expected = func(expected)
    assert solution.compose(*funcs)(x) == expected
    assert solution.pipeline(*reversed(funcs))(x) == expected
