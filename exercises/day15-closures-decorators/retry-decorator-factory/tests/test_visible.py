import pytest

from solution import retry


def test_retries_until_success():
    attempts = []

    def flaky(x):
        attempts.append(x)
        if len(attempts) < 3:
            raise ConnectionError(f"try {len(attempts)}")
        return x * 10

    assert retry(3)(flaky)(4) == 40
    assert attempts == [4, 4, 4]


def test_last_exception_propagates():
    def broken():
        raise ValueError("still broken")

    with pytest.raises(ValueError, match="still broken"):
        retry(2)(broken)()


def test_keeps_name_and_doc():
    def fetch():
        """Fetch the data."""
        return "data"

    fast = retry(2)(fetch)
    assert fast() == "data"
    assert (fast.__name__, fast.__doc__) == ("fetch", "Fetch the data.")
