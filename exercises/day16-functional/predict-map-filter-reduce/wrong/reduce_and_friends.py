ANSWERS = {
    'map_is_exhausted': "['A', 'B']\n[]\nmap",
    'map_is_lazy': 'created\none\ntwo\n[None, None]',
    'lambda_reads_name_late': '[10, 20, 30]',
    'filter_none': "[0, 1, '', 'a', [], [0], False, 0.0, '0']",
    'reduce_empty': '5\n0\nNone',
    'map_stops_at_shortest': "TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'",
    'sorted_key_is_stable': "['a', 'e', 'bb', 'dd', 'ccc']\n['ccc', 'bb', 'dd', 'a', 'e']\n['ccc', 'dd', 'bb', 'e', 'a']",
    'lambda_in_a_list': '[1, 2, 3]',
}
