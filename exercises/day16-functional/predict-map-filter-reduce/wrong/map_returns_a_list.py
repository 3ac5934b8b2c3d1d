ANSWERS = {
    'map_is_exhausted': "['A', 'B']\n['A', 'B']\nlist",
    'map_is_lazy': 'one\ntwo\ncreated\n[None, None]',
    'lambda_reads_name_late': '[2, 4, 6]',
    'filter_none': "[1, 'a', [0], '0']",
    'reduce_empty': '5\n0\nTypeError: reduce() of empty iterable with no initial value',
    'map_stops_at_shortest': '[10, 40]\n[3, 4]',
    'sorted_key_is_stable': "['a', 'e', 'bb', 'dd', 'ccc']\n['ccc', 'bb', 'dd', 'a', 'e']\n['ccc', 'bb', 'dd', 'a', 'e']",
    'lambda_in_a_list': '[3, 3, 3]',
}
