# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "augmented_assignment_in_tuple": "",
    "what_makes_a_tuple": "",
    "hashable_only_if_contents_are": "",
    "star_unpacking": "",
    "lexicographic_compare": "",
    "plus_equals_on_tuple": "",
    "tuple_keys": "",
}
