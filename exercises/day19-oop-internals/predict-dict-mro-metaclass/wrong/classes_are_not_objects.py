ANSWERS = {
    'type_builds_a_class': 'TypeError: type() takes 1 argument',
    'where_attributes_live': "{'y': 2} True False\ndict",
    'setting_on_class_affects_instances': 'added later\nown added later',
    'diamond_mro': "['D', 'B', 'C', 'A', 'object']",
    'inconsistent_mro': "['B', 'A', 'object']\nTypeError: Cannot create a consistent method resolution order (MRO) for bases A, B",
    'metaclass_sees_class_creation': "between\ncreating Child ['run']\ntype False True",
    'type_of_everything': 'K type type type\nFalse True False',
}
