# Replace each empty string with exactly what the snippet prints.
ANSWERS = {
    "compile_once_run_twice": "",
    "syntax_error_stops_everything": "",
    "error_only_when_called": "",
    "compile_reports_line": "",
    "eval_vs_exec": "",
}
