ANSWERS = {
    'exhausted_twice': '14\n0\n[]',
    'lazy_body': 'start\ncreated\n1\nmiddle\n2\nend\ndone',
    'send_protocol': 'got None\ngot a\ngot b\ngot x',
    'close_runs_finally': 'working\ncleanup\nclosed\nexhausted',
    'return_value': 'result: liftoff\n[2, 1]\nvalue: liftoff',
    'in_consumes': 'True\n[4, 5]\nFalse',
    'generator_states': 'GEN_CREATED\nGEN_SUSPENDED\n[]\nGEN_CLOSED',
}
