# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "module_runs_once": "",
    "reload_runs_again": "",
    "from_import_copies_the_binding": "",
    "dunder_name": "",
    "circular_import_module": "",
    "circular_from_import": "",
    "sys_modules_is_the_cache": "",
}
