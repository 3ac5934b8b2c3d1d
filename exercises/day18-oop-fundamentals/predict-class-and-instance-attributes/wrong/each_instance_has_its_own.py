ANSWERS = {
    'shared_class_list': "['sit'] ['roll'] False",
    'augmented_assignment_shadows': '1 1 1\n{} {}\n10 10',
    'list_rebinding_vs_mutation': "[] ['x'] ['y']",
    'instance_dict_vs_method': 'instance attribute method\nmethod',
    'property_beats_instance_dict': "21 {'celsius': 99}\nAttributeError",
    'getattr_fallback': 'instance class fallback for missing',
    'init_returns_value': "TypeError: __init__() should return None, not 'Point'",
    'bound_method_identity': 'False True True True',
}
