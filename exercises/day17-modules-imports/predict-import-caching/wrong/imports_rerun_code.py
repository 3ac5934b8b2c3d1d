ANSWERS = {
    'module_runs_once': 'loading config\nloading config\nloading config\n1 True',
    'reload_runs_again': 'running counter.py\nrunning counter.py\n5',
    'from_import_copies_the_binding': 'True True True',
    'dunder_name': 'tool.py runs as tool\nthis snippet runs as __main__\ntool.py runs as __main__\nscript mode',
    'circular_import_module': 'beta sees alpha.name: False\nA beta',
    'circular_from_import': 'ImportError True',
    'sys_modules_is_the_cache': '42 True\nModuleNotFoundError',
}
