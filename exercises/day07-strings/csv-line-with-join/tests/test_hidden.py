from hypothesis import given, settings, strategies as st

import solution


def quoted(field):
    if any(c in field for c in ',"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def test_empty_fields():
    assert solution.csv_line([]) == ""
    assert solution.csv_line(["a", ""]) == "a,"
    assert solution.csv_line(["", "", ""]) == ",,"
    assert solution.csv_line(["a", "", "b"]) == "a,,b"


def test_quote_inside_a_field():
    assert solution.csv_line(['a"b', "c"]) == '"a""b",c'
    assert solution.csv_line(['"', "x"]) == '"""",x'


def test_line_breaks_are_quoted():
    assert solution.csv_line(["line1\nline2", "end\r"]) == '"line1\nline2","end\r"'


def test_fields_are_not_modified():
    fields = ["a,b", 'c"d', "e"]
    solution.csv_line(fields)
    assert fields == ["a,b", 'c"d', "e"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet='ab,"\n ', max_size=4), max_size=5))
def test_random_fields(fields):
    assert solution.csv_line(fields) == ",".join(quoted(f) for f in fields)


def test_large_input_is_fast():
    fields = [f"field{i:07d}" if i % 10 else f'say "hi", {i}' for i in range(200_000)]
    expected = ",".join(quoted(f) for f in fields)
    line = solution.csv_line(fields)
    if line != expected:  # no assert on the two long strings: pytest's diff of megabytes takes minutes
        if not isinstance(line, str):
            raise AssertionError(f"csv_line returned a {type(line).__name__}, not a str")
        at = next((i for i, (a, b) in enumerate(zip(line, expected)) if a != b), min(len(line), len(expected)))
        raise AssertionError(
            f"wrong line for 200000 fields: first difference at position {at}: "
            f"got {line[max(0, at - 20):at + 20]!r}, expected {expected[max(0, at - 20):at + 20]!r}"
        )
