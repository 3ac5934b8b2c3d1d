# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "map_is_exhausted": "",
    "map_is_lazy": "",
    "lambda_reads_name_late": "",
    "filter_none": "",
    "reduce_empty": "",
    "map_stops_at_shortest": "",
    "sorted_key_is_stable": "",
    "lambda_in_a_list": "",
}
