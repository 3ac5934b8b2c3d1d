ANSWERS = {
    'module_runs_once': 'loading config\n1 True',
    'reload_runs_again': 'running counter.py\nrunning counter.py\n0',
    'from_import_copies_the_binding': 'False True True',
    'dunder_name': 'tool.py runs as __main__\nscript mode\nthis snippet runs as __main__\ntool.py runs as __main__\nscript mode',
    'circular_import_module': 'beta sees alpha.name: True\nA beta',
    'circular_from_import': 'help',
    'sys_modules_is_the_cache': "ModuleNotFoundError: No module named 'fake'",
}
