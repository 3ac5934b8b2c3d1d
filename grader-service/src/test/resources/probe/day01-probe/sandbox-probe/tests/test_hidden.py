import solution

# PYGRADE-SECRET-7f3a: a hidden test's source, inputs and expected values must never reach the learner.
SECRET_INPUT = "PYGRADE-SECRET-7f3a"


def test_attack_again():
    assert solution.attack() == "SOLVED"
