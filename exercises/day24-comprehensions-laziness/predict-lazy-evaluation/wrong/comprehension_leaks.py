ANSWERS = {
    'map_is_lazy': 'map created\ncomputing 1\n10\ncomputing 2\ncomputing 3\n[20, 30]\n[]',
    'lazy_sees_later_changes': '[2, 4, 6]\n[1, 4, 9, 16, 36]\n[1, 4, 9, 16, 36, 64]',
    'genexp_binding_time': '[10, 20, 30]\n[100, 200]',
    'comprehension_scope': "2\n['a', 'b'] b\n[0, 1, 2]",
    'any_short_circuit': 'check 0\ncheck 1\ncheck 2\nTrue\ncheck 0\ncheck 1\ncheck 2\ncheck 3\nTrue',
    'zip_consumes': "[(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]\n[('a', 1)] b",
    'range_is_a_lazy_sequence': '142857142858 21 True False\nTrue',
}
