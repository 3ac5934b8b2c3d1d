#!/usr/bin/env bash
# The stability benchmark of performance grading (a program, not a test; see docs/performance-grading.md):
#   deploy/perf-stability.sh               idle machine
#   deploy/perf-stability.sh --neighbour   with a CPU hog on core 1 meanwhile
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
"$ROOT/deploy/scripts/docker-engine.sh"
"$ROOT/deploy/scripts/sandbox-image.sh" >/dev/null
cd "$ROOT"
./mvnw -B -q -ntp install -DskipTests -pl grader-service -am
./mvnw -B -q -ntp -pl grader-service exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.pygrade.grader.performance.StabilityBenchmark -Dexec.args="$*" -Dpygrade.root="$ROOT" ${PYGRADE_STABILITY_OPTS:-}
