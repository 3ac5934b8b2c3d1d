ANSWERS = {
    'type_builds_a_class': "Point 1 hi from Point type\n(<class 'object'>,)",
    'where_attributes_live': "{'y': 2} True False\nmappingproxy\nTypeError: 'mappingproxy' object does not support item assignment",
    'setting_on_class_affects_instances': 'added later\nown added later',
    'diamond_mro': "['D', 'B', 'A', 'C', 'object']",
    'inconsistent_mro': "['B', 'A', 'object']",
    'metaclass_sees_class_creation': "creating Base ['a']\nbetween\ncreating Child ['run']\nMeta True False",
    'type_of_everything': 'K Meta type type\nTrue True True',
}
