#!/usr/bin/env bash
# The load program (not a test): 2,000 submissions against a running Pygrade (deploy/run.sh in another
# terminal), then it waits until all are graded and prints the accept latency p50/p99, the drain time and the
# number lost (it exits 1 when any is). Options go to the program, e.g.
#   deploy/load.sh --count 500 --clients 8 --url http://localhost:8080 --key-file .pygrade/admin-key
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"
[ -s .pygrade/admin-key ] || [[ " $* " == *" --key-file "* ]] || die "no .pygrade/admin-key: start deploy/run.sh first"
# Only the program's own module: the running stack's jars must not be rebuilt under it.
./mvnw -B -q -ntp -pl e2e-tests test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.pygrade.e2e.load.LoadProgram -Dexec.args="$*"
