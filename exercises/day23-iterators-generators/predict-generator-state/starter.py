# Replace each empty string with exactly what the snippet prints (use \n between lines).
ANSWERS = {
    "exhausted_twice": "",
    "lazy_body": "",
    "send_protocol": "",
    "close_runs_finally": "",
    "return_value": "",
    "in_consumes": "",
    "generator_states": "",
}
