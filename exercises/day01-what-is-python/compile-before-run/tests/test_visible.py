from solution import check_source


def test_valid_code_is_ok():
    assert check_source("x = 1\ny = x + 1") == "ok"


def test_unclosed_parenthesis_is_a_compile_error():
    assert check_source("print('hi'") == "compile error: SyntaxError"


def test_division_by_zero_is_a_runtime_error():
    assert check_source("total = 10\naverage = total / 0") == "runtime error: ZeroDivisionError"
