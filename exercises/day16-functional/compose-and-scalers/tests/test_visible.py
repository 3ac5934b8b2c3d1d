from solution import compose, make_scalers, pipeline


def test_compose_right_to_left():
    assert compose(lambda x: x + 1, lambda x: x * 2)(5) == 11


def test_pipeline_left_to_right():
    assert pipeline(lambda x: x + 1, lambda x: x * 2)(5) == 12


def test_make_scalers():
    assert [f(10) for f in make_scalers([1, 2, 3])] == [10, 20, 30]
