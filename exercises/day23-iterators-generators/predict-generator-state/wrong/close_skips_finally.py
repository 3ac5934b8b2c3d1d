ANSWERS = {
    'exhausted_twice': '14\n0\n[]',
    'lazy_body': 'created\nstart\n1\nmiddle\n2\nend\ndone',
    'send_protocol': "got None\ngot a\ngot b\nTypeError: can't send non-None value to a just-started generator",
    'close_runs_finally': 'working\nclosed\nexhausted',
    'return_value': 'result: None\n[2, 1]\nvalue: None',
    'in_consumes': 'True\n[4, 5]\nFalse',
    'generator_states': 'GEN_CREATED\nGEN_SUSPENDED\n[]\nGEN_CLOSED',
}
