# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "lambdas_in_a_loop": "",
    "default_captures_the_value": "",
    "closure_sees_later_assignment": "",
    "nonlocal_counter": "",
    "counter_without_nonlocal": "",
    "decorator_runs_at_definition": "",
    "stacked_decorators": "",
    "wrapper_without_wraps": "",
}
