ANSWERS = {
    'mro_of_c_b_a': 'TypeError: duplicate base class A',
    'mro_of_c_a_b': "['C', 'A', 'B', 'object']",
    'super_follows_the_mro': "['Both', 'Left', 'Right', 'Base']\n['Left', 'Base']",
    'explicit_parent_calls': 'Left init\nBase init\nRight init\nBase init',
    'mixin_order_matters': 'WOOF! WOOF!\nTrue',
    'mixin_alone_has_no_super_method': "AttributeError: 'super' object has no attribute 'speak'",
    'init_not_called': "child True {'name': 'child', 'ready': True}",
}
