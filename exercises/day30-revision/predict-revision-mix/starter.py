# Replace each empty string with exactly what the snippet prints (use \n between lines).
ANSWERS = {
    "code_constants": "",
    "mro_diamond": "",
    "class_vs_instance_attributes": "",
    "strings_are_immutable": "",
    "generator_throw": "",
    "dict_changed_during_iteration": "",
    "float_facts": "",
}
