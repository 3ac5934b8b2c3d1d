#!/usr/bin/env bash
# Builds the sandbox image (only when its inputs changed); needs the Docker engine and debootstrap.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
apt_install debootstrap
"$ROOT/sandbox-images/python/build.sh"
