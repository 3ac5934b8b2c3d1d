#!/usr/bin/env bash
# The whole test suite, on real parts: installs and starts what it needs (Docker engine with runsc,
# PostgreSQL binaries, debootstrap), lints and type-checks the sandbox runner (ruff, mypy), builds the sandbox
# image, then runs every module's tests with Maven (unit, integration and end-to-end tests; the catalog check
# over every exercise).
# Extra arguments go to Maven, e.g. deploy/test.sh -pl grader-service -am
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
export TESTCONTAINERS_RYUK_DISABLED=true

"$ROOT/deploy/scripts/docker-engine.sh"
"$ROOT/deploy/scripts/postgres.sh" install
"$ROOT/deploy/scripts/runner-check.sh"
"$ROOT/deploy/scripts/sandbox-image.sh" >/dev/null

cd "$ROOT"
say "running the test suite"
# Two module builders: grader-service's tests (busy cores) and submission-api's (mostly waiting on Kafka, PostgreSQL
# and the browser) run side by side; the end-to-end tests wait for both.
./mvnw -B -ntp -T 2 verify "$@"
