from hypothesis import given, settings, strategies as st

import solution
from solution import summarize


def as_plain(summary):
    summary = dict(summary)
    summary["by_status"] = dict(summary["by_status"])
    return summary


def expected_summary(lines):
    requests = total = errors = 0
    by_status = {}
    for line in lines:
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        status, size = int(fields[3]), int(fields[4])
        requests += 1
        total += size
        errors += status >= 500
        by_status[status] = by_status.get(status, 0) + 1
    return {"requests": requests, "bytes": total, "errors": errors, "by_status": by_status}


def test_skips_comments_and_blank_lines():
    lines = ["# started\n", "\n", "2024-05-01T00:00:01 GET /a 200 10\n", "   \n", "# end\n"]
    assert as_plain(summarize(lines)) == {"requests": 1, "bytes": 10, "errors": 0, "by_status": {200: 1}}


def test_one_shot_generator_of_lines():
    assert as_plain(summarize(solution.fake_log(3000))) == {
        "requests": 2994, "bytes": 73996570, "errors": 596,
        "by_status": {204: 185, 502: 187, 503: 200, 400: 220, 301: 202, 200: 884, 500: 209, 404: 451, 304: 234, 201: 222},
    }


line = st.builds(
    lambda status, size: f"2024-05-01T00:00:00 GET /x {status} {size}\n",
    st.sampled_from([200, 201, 304, 404, 500, 503]), st.integers(0, 10_000),
)


@settings(max_examples=30)
@given(st.lists(st.one_of(line, st.just("\n"), st.just("# note\n")), max_size=25))
def test_matches_a_simple_count(lines):
    assert as_plain(summarize(lines)) == expected_summary(lines)


def test_huge_log_in_little_memory():
    # 400_000 lines: far too many to hold as lists under the memory limit; one pass needs almost nothing.
    assert as_plain(summarize(solution.fake_log(400_000))) == {
        "requests": 399086, "bytes": 9740021416, "errors": 85558,
        "by_status": {204: 28536, 502: 28295, 503: 28723, 400: 28489, 301: 28480, 200: 113931, 500: 28540,
                      404: 56910, 304: 28467, 201: 28715},
    }
