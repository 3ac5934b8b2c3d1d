#!/usr/bin/env bash
# Builds the sandbox image (only when its inputs changed); needs the Docker engine, debootstrap and a C compiler.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# gcc, the CPython headers and valgrind's headers build the counter extension (see sandbox-images/python/build.sh).
apt_install debootstrap gcc python3.11-dev valgrind
"$ROOT/sandbox-images/python/build.sh"
