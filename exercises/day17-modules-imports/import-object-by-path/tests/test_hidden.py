import pytest

import solution


def test_submodule_nobody_imported_yet():
    parser_class = solution.import_object("html.parser.HTMLParser")
    assert parser_class.__name__ == "HTMLParser"
    assert parser_class.__module__ == "html.parser"


def test_path_that_is_a_module():
    module = solution.import_object("xml.dom.minidom")
    assert module.__name__ == "xml.dom.minidom"
    assert solution.import_object("json").__name__ == "json"


def test_attributes_of_attributes():
    ordered = solution.import_object("collections.OrderedDict.fromkeys")("ab")
    assert list(ordered) == ["a", "b"]
    assert solution.import_object("email.mime.text.MIMEText").__name__ == "MIMEText"


def test_missing_module_or_attribute():
    with pytest.raises(ImportError):
        solution.import_object("no_such_module_xyz")
    with pytest.raises(ImportError):
        solution.import_object("no_such_package_xyz.tool")
    with pytest.raises(AttributeError):
        solution.import_object("html.parser.NoSuchParser")


def test_modules_are_cached():
    first = solution.import_object("urllib.parse")
    again = solution.import_object("urllib.parse")
    assert first == again
    assert solution.import_object("urllib").parse == first
    assert solution.import_object("urllib.parse.urlsplit") == first.urlsplit
