from hypothesis import given
from hypothesis import strategies as st

import solution

SECRET_EXPECTATION = "PYGRADE-SECRET-7f3a"


@given(st.lists(st.integers()))
def test_reverse_twice_is_identity(items):
    assert solution.reverse(solution.reverse(items)) == items
