import time

import solution


def test_attack():
    started = time.perf_counter()
    assert solution.attack() == "SOLVED"
    # Timing tricks of the learner's code cannot touch the supervisor's clock.
    assert time.perf_counter() >= started
