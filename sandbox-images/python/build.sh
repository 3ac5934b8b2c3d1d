#!/usr/bin/env bash
# Builds the sandbox image without a container registry:
#   1. a Debian bookworm root filesystem from Debian packages (debootstrap), `docker import`ed as the base;
#   2. the Dockerfile adds the runner and the grader/learner users.
# Tags carry a hash of their inputs, so an unchanged image is not rebuilt. Prints the image tag last.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

suite=bookworm
packages=python3,python3-pytest,python3-hypothesis,valgrind
mirror=${PYGRADE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
repository=${PYGRADE_SANDBOX_REPOSITORY:-pygrade-python}

say() { echo "sandbox-image: $*" >&2; }

if ! docker info >/dev/null 2>&1; then
  say "cannot build: no Docker engine answers (start it with deploy/scripts/docker-engine.sh)"
  exit 1
fi

base_hash=$(printf '%s\n' "$suite" "$packages" "minbase" | sha256sum | cut -c1-12)
base_tag="$repository-base:$base_hash"
inputs_hash=$( (echo "$base_tag"; cat Dockerfile counter/_pygrade_counter.c; find runner/pygrade_runner -type f -name '*.py' | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-12)
tag="$repository:$inputs_hash"

if docker image inspect "$tag" >/dev/null 2>&1; then
  say "$tag is up to date"
else
  if ! docker image inspect "$base_tag" >/dev/null 2>&1; then
    command -v debootstrap >/dev/null || { say "installing debootstrap"; apt-get install -y -qq debootstrap >/dev/null; }
    rootfs=$(mktemp -d /tmp/pygrade-rootfs.XXXXXX)
    trap 'rm -rf "$rootfs"' EXIT
    say "debootstrap $suite ($packages) into $rootfs"
    debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
      || { say "debootstrap failed; see $rootfs.log"; exit 1; }
    rm -f "$rootfs.log"
    say "importing the root filesystem as $base_tag"
    tar -C "$rootfs" -c . | docker import - "$base_tag" >/dev/null
    rm -rf "$rootfs"
    trap - EXIT
  fi
  # The counter extension is compiled here, against the host's Debian bookworm CPython 3.11 and valgrind headers:
  # the image has the same interpreter and no compiler.
  for header in /usr/include/python3.11/Python.h /usr/include/valgrind/callgrind.h; do
    [ -f "$header" ] || { say "cannot build: $header is missing (deploy/scripts/sandbox-image.sh installs it)"; exit 1; }
  done
  mkdir -p counter/build
  gcc -O2 -Wall -Werror -Wno-unused-parameter -shared -fPIC -I/usr/include/python3.11 \
    -o counter/build/_pygrade_counter.cpython-311-x86_64-linux-gnu.so counter/_pygrade_counter.c
  say "building $tag"
  docker build --quiet --network none --build-arg "BASE=$base_tag" -t "$tag" . >/dev/null
fi
docker tag "$tag" "$repository:latest"
echo "$tag"
