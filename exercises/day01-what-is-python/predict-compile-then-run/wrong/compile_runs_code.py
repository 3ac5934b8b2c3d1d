ANSWERS = {
    "compile_once_run_twice": "run\ncompiled\nrun\nrun\ncode",
    "syntax_error_stops_everything": "SyntaxError: invalid syntax",
    "error_only_when_called": "defined f\nNameError: name 'undefined_name' is not defined",
    "compile_reports_line": "SyntaxError on line 2",
    "eval_vs_exec": "7\n14\n8\n5",
}
