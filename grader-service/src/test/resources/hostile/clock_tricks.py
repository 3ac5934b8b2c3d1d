import time
import tracemalloc

# Freeze every clock the learner's process could show the grader, then take real time.
time.perf_counter = time.monotonic = time.time = time.process_time = lambda: 0.0
time.perf_counter_ns = time.monotonic_ns = time.time_ns = lambda: 0
tracemalloc.get_traced_memory = lambda: (0, 0)
_sleep = time.sleep


def attack():
    _sleep(0.6)
    return "nothing"
