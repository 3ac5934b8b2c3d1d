# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "mro_of_c_b_a": "",
    "mro_of_c_a_b": "",
    "super_follows_the_mro": "",
    "explicit_parent_calls": "",
    "mixin_order_matters": "",
    "mixin_alone_has_no_super_method": "",
    "init_not_called": "",
}
