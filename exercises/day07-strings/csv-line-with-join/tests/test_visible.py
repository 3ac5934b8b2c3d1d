from solution import csv_line


def test_plain_fields():
    assert csv_line(["a", "b", "c"]) == "a,b,c"


def test_field_with_comma_is_quoted():
    assert csv_line(["x,y", "z"]) == '"x,y",z'


def test_quotes_are_doubled():
    assert csv_line(['say "hi"']) == '"say ""hi"""'
