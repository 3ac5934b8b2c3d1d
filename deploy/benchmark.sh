#!/usr/bin/env bash
# The benchmark program (not a test): against a running Pygrade (deploy/run.sh in another terminal), it measures
# serial latency and burst throughput through the public API, and in the same run the floors they are compared
# with (a bare sandbox per runtime; the same tests on the host, one process per core), and prints the ratios.
# Say which runtime the stack's sandboxes use (run.sh's default is runsc where the engine has it):
#   deploy/benchmark.sh --runtime runsc
#   PYGRADE_SANDBOX_RUNTIME=runc deploy/run.sh   then   deploy/benchmark.sh --runtime runc
# Other options: --serial 15 --burst 60 --clients 2,8,32 --exercises append-to-fresh-list,exact-money
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"
[ -s .pygrade/admin-key ] || [[ " $* " == *" --key-file "* ]] || die "no .pygrade/admin-key: start deploy/run.sh first"
python3 -c 'import pytest' 2>/dev/null || die "the host floor needs pytest for python3 (apt-get install python3-pytest python3-hypothesis)"
# Only the program's own module: the running stack's jars must not be rebuilt under it.
./mvnw -B -q -ntp -pl e2e-tests test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.pygrade.e2e.load.BenchmarkProgram -Dexec.args="$*"
