from hypothesis import given, settings, strategies as st

import solution


def expected(source):
    try:
        code = compile(source, "<source>", "exec")
    except SyntaxError as error:
        return f"compile error: {type(error).__name__}"
    try:
        exec(code, {})
    except Exception as error:
        return f"runtime error: {type(error).__name__}"
    return "ok"


def test_multi_line_statements():
    source = "def double(n):\n    return n * 2\n\nif double(2) == 4:\n    result = 'fine'\n"
    assert solution.check_source(source) == "ok"
    assert solution.check_source("def f():\n    return [1, 2][5]\n\nf()\n") == "runtime error: IndexError"


def test_nothing_runs_when_a_later_line_is_broken():
    assert solution.check_source("1 / 0\nx = (") == "compile error: SyntaxError"
    assert solution.check_source("items = []\nitems[3]\nfor\n") == "compile error: SyntaxError"


def test_syntax_error_raised_while_running():
    assert solution.check_source("text = '1 +'\nvalue = eval(text)") == "runtime error: SyntaxError"


def test_each_call_gets_a_fresh_namespace():
    assert solution.check_source("secret = 42") == "ok"
    assert solution.check_source("secret + 1") == "runtime error: NameError"
    assert solution.check_source("len('abc')") == "ok"


def test_indentation_errors_keep_their_name():
    assert solution.check_source("if True:\nx = 1\n") == "compile error: IndentationError"
    assert solution.check_source("x = 1\n    y = 2\n") == "compile error: IndentationError"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="x01+/()=:\n ", max_size=12))
def test_matches_cpython_on_small_sources(source):
    assert solution.check_source(source) == expected(source)
