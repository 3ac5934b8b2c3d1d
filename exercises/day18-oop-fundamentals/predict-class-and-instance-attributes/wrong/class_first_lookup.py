ANSWERS = {
    'shared_class_list': "['sit', 'roll'] ['sit', 'roll'] True",
    'augmented_assignment_shadows': "1 0 0\n{'total': 1} {}\n1 10",
    'list_rebinding_vs_mutation': "['y'] ['x'] ['y']",
    'instance_dict_vs_method': 'method method\nmethod',
    'property_beats_instance_dict': "99 {'celsius': 99}",
    'getattr_fallback': 'fallback for own fallback for kind fallback for missing',
    'init_returns_value': "TypeError: __init__() should return None, not 'Point'",
    'bound_method_identity': 'True True True True',
}
