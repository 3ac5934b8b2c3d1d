ANSWERS = {
    'mro_of_c_b_a': "['C', 'B', 'A', 'object']",
    'mro_of_c_a_b': 'TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B',
    'super_follows_the_mro': "['Both', 'Left', 'Base']\n['Left', 'Base']",
    'explicit_parent_calls': 'Left init\nBase init\nRight init',
    'mixin_order_matters': 'WOOF! woof\nTrue',
    'mixin_alone_has_no_super_method': "AttributeError: type object 'object' has no attribute 'speak'",
    'init_not_called': "child False {'name': 'child'}",
}
