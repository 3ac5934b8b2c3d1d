ANSWERS = {
    'map_is_lazy': 'computing 1\ncomputing 2\ncomputing 3\nmap created\n10\n[20, 30]\n[]',
    'lazy_sees_later_changes': '[2, 4, 6]\n[1, 4, 9, 16, 36]\n[1, 4, 9, 16, 36, 64]',
    'genexp_binding_time': '[10, 20, 30]\n[100, 200]',
    'comprehension_scope': "outer\n['a', 'b'] outer\n[2, 2, 2]",
    'any_short_circuit': 'check 0\ncheck 1\ncheck 2\nTrue\ncheck 0\ncheck 1\ncheck 2\nTrue',
    'zip_consumes': "[(1, 2), (3, 4)]\n[('a', 1)] c",
    'range_is_a_lazy_sequence': '142857142858 21 True False\nTrue',
}
