ANSWERS = {
    "compile_once_run_twice": "compiled\nrun\nrun\ncode",
    "syntax_error_stops_everything": "start\nSyntaxError: invalid syntax",
    "error_only_when_called": "NameError: name 'undefined_name' is not defined",
    "compile_reports_line": "A\nSyntaxError on line 2",
    "eval_vs_exec": "7\n14\n8\nSyntaxError: invalid syntax",
}
