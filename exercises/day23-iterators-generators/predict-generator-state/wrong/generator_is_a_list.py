ANSWERS = {
    'exhausted_twice': '14\n14\n[0, 1, 4, 9]',
    'lazy_body': 'created\nstart\n1\nmiddle\n2\nend\ndone',
    'send_protocol': "got None\ngot a\ngot b\nTypeError: can't send non-None value to a just-started generator",
    'close_runs_finally': 'working\ncleanup\nclosed\nexhausted',
    'return_value': 'result: liftoff\n[2, 1]\nvalue: liftoff',
    'in_consumes': 'True\n[1, 2, 3, 4, 5]\nTrue',
    'generator_states': 'GEN_CREATED\nGEN_SUSPENDED\n[]\nGEN_CLOSED',
}
