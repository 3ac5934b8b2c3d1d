from solution import summarize


def as_plain(summary):
    summary = dict(summary)
    summary["by_status"] = dict(summary["by_status"])
    return summary


def test_counts_requests_and_bytes():
    lines = [
        "2024-05-01T00:00:01 GET /a 200 100\n",
        "2024-05-01T00:00:02 POST /b 201 50\n",
        "2024-05-01T00:00:03 GET /a 200 25\n",
    ]
    assert as_plain(summarize(lines)) == {"requests": 3, "bytes": 175, "errors": 0, "by_status": {200: 2, 201: 1}}


def test_server_errors():
    lines = ["2024-05-01T00:00:01 GET /a 500 0\n", "2024-05-01T00:00:02 GET /a 503 10\n",
             "2024-05-01T00:00:03 GET /b 404 7\n"]
    summary = as_plain(summarize(lines))
    assert summary["errors"] == 2
    assert summary["by_status"] == {500: 1, 503: 1, 404: 1}


def test_empty_log():
    assert as_plain(summarize([])) == {"requests": 0, "bytes": 0, "errors": 0, "by_status": {}}
