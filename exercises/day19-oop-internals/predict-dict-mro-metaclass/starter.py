# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "type_builds_a_class": "",
    "where_attributes_live": "",
    "setting_on_class_affects_instances": "",
    "diamond_mro": "",
    "inconsistent_mro": "",
    "metaclass_sees_class_creation": "",
    "type_of_everything": "",
}
