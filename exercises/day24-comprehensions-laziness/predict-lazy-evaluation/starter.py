# Replace each empty string with exactly what the snippet prints (use \n between lines).
ANSWERS = {
    "map_is_lazy": "",
    "lazy_sees_later_changes": "",
    "genexp_binding_time": "",
    "comprehension_scope": "",
    "any_short_circuit": "",
    "zip_consumes": "",
    "range_is_a_lazy_sequence": "",
}
