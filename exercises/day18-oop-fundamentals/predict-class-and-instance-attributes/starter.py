# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "shared_class_list": "",
    "augmented_assignment_shadows": "",
    "list_rebinding_vs_mutation": "",
    "instance_dict_vs_method": "",
    "property_beats_instance_dict": "",
    "getattr_fallback": "",
    "init_returns_value": "",
    "bound_method_identity": "",
}
