ANSWERS = {
    "augmented_assignment_in_tuple": "TypeError: 'tuple' object does not support item assignment\n(1, [2, 3])",
    "what_makes_a_tuple": "tuple tuple tuple 0",
    "hashable_only_if_contents_are": "True False True\nTypeError: unhashable type: 'list'",
    "star_unpacking": "0 (1, 2, 3) 4\nh ('i',)\n2 1",
    "lexicographic_compare": "True True True\nFalse",
    "plus_equals_on_tuple": "(1, 2, 3, 4) (1, 2, 3, 4) True",
    "tuple_keys": "p True\nTypeError: unhashable type: 'list'",
}
