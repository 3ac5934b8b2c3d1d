#!/usr/bin/env bash
# Builds Pygrade's service images on this Docker engine without any container registry:
#   pygrade-jre-base       Debian bookworm minbase + openjdk-17-jre-headless, ca-certificates (debootstrap + docker import)
#   pygrade-postgres-base  Debian bookworm minbase + postgresql (debootstrap + docker import)
#   pygrade-submission-api FROM pygrade-jre-base: submission-api/target/quarkus-app + exercises/, non-root
#   pygrade-grader-service FROM pygrade-jre-base: grader-service/target/quarkus-app + exercises/, non-root
#   pygrade-kafka          FROM pygrade-jre-base: the KRaft broker jars deploy/kafka-broker resolves, non-root
#   pygrade-postgres       FROM pygrade-postgres-base: an entrypoint that initialises and runs a cluster, non-root
# and makes sure the sandbox image (pygrade-python:<hash> and :latest) exists, via sandbox-images/python/build.sh.
#
# Every tag carries a hash of its inputs (package list, Dockerfile, entrypoint, the files copied in), so an image
# whose inputs did not change is not rebuilt; each image is also tagged :latest (what compose.yaml and k8s/ use).
# It does not build the Java services: package them first with
#   ./mvnw -B -q -ntp install -DskipTests -pl grader-service,submission-api -am
#
#   deploy/images/build.sh                 build what is missing or out of date, print a summary
#   deploy/images/build.sh --print-tags    also print NAME=TAG lines on stdout (for scripts)
# Environment: PYGRADE_DEBIAN_MIRROR (default http://deb.debian.org/debian), PYGRADE_IMAGE_PREFIX (default pygrade-).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
suite=bookworm
mirror=${PYGRADE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
prefix=${PYGRADE_IMAGE_PREFIX:-pygrade-}
print_tags=false
[ "${1:-}" = --print-tags ] && print_tags=true

say() { echo "images: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
summary=()

docker info >/dev/null 2>&1 || die "no Docker engine answers (start one with deploy/scripts/docker-engine.sh)"

work=$(mktemp -d /tmp/pygrade-images.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Hash of a directory's files (names and contents), stable across machines.
tree_hash() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-12; }

# What the images never need: package caches and lists, documentation, translations, locale sources (C.UTF-8 is built in).
trim="var/cache/apt/archives/*.deb var/lib/apt/lists/* usr/share/doc/* usr/share/man/* usr/share/info/* usr/share/locale/* usr/share/i18n/*"

# debootstrap_base NAME PACKAGES: a root filesystem from Debian packages, imported as ${prefix}NAME:<hash>.
debootstrap_base() {
  local name=$1 packages=$2 hash tag rootfs
  hash=$(printf '%s\n' "$suite" "$packages" minbase "trim: $trim" | sha256sum | cut -c1-12)
  tag="$prefix$name:$hash"
  if docker image inspect "$tag" >/dev/null 2>&1; then
    summary+=("$tag  up to date")
  else
    command -v debootstrap >/dev/null || { say "installing debootstrap"; apt-get install -y -qq debootstrap >/dev/null; }
    rootfs="$work/rootfs-$name"
    mkdir -p "$rootfs"
    say "debootstrap $suite --variant=minbase ($packages) into $rootfs (a few minutes)"
    debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$work/$name.log" 2>&1 \
      || { cp "$work/$name.log" "/tmp/pygrade-debootstrap-$name.log"; die "debootstrap failed; see /tmp/pygrade-debootstrap-$name.log"; }
    (cd "$rootfs" && rm -rf $trim)
    say "importing the root filesystem as $tag"
    tar -C "$rootfs" -c . | docker import -c 'ENV LANG=C.UTF-8' - "$tag" >/dev/null
    rm -rf "$rootfs"
    summary+=("$tag  BUILT (debootstrap + docker import)")
  fi
  docker tag "$tag" "$prefix$name:latest"
  eval "${name//-/_}_tag=\$tag"
}

# build_image NAME CONTEXT BASE: docker build of CONTEXT (a staged folder holding the Dockerfile) as ${prefix}NAME:<hash>.
build_image() {
  local name=$1 context=$2 base=$3 hash tag
  hash=$( (echo "$base"; tree_hash "$context") | sha256sum | cut -c1-12)
  tag="$prefix$name:$hash"
  if docker image inspect "$tag" >/dev/null 2>&1; then
    summary+=("$tag  up to date")
  else
    say "building $tag"
    docker build --network none --build-arg "BASE=$base" -t "$tag" "$context" >"$work/$name-build.log" 2>&1 \
      || { cp "$work/$name-build.log" "/tmp/pygrade-build-$name.log"; die "docker build of $name failed; see /tmp/pygrade-build-$name.log"; }
    summary+=("$tag  BUILT")
  fi
  docker tag "$tag" "$prefix$name:latest"
  built_tags+=("$name=$tag")
}
built_tags=()

# 1. Base images from Debian packages.
debootstrap_base jre-base openjdk-17-jre-headless,ca-certificates
debootstrap_base postgres-base postgresql,ca-certificates

# 2. The two Quarkus services, with the exercise catalog baked in.
for service in submission-api grader-service; do
  app="$root/$service/target/quarkus-app"
  [ -f "$app/quarkus-run.jar" ] || die "$app is missing: build it with ./mvnw -B -q -ntp install -DskipTests -pl grader-service,submission-api -am"
  ctx="$work/$service"
  mkdir -p "$ctx"
  cp "$here/$service/Dockerfile" "$here/common/http-ok" "$ctx/"
  cp -r "$app" "$ctx/quarkus-app"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard exercises \
    | grep -zv -e '/__pycache__/' -e '\.pyc$' | xargs -0 cp --parents -t "$ctx")
  build_image "$service" "$ctx" "$jre_base_tag"
done

# 3. The Kafka broker (KRaft), from the jars deploy/kafka-broker resolves from Maven Central.
classpath_file="$root/deploy/kafka-broker/target/classpath.txt"
if [ ! -s "$classpath_file" ]; then
  say "resolving the Kafka broker from Maven Central (deploy/kafka-broker)"
  (cd "$root" && ./mvnw -B -q -ntp -N install && ./mvnw -B -q -ntp -pl deploy/kafka-broker package) >&2
fi
ctx="$work/kafka"
mkdir -p "$ctx/libs"
cp "$here/kafka/Dockerfile" "$here/kafka/entrypoint.sh" "$here/common/tcp-ok" "$ctx/"
tr ':' '\n' < "$classpath_file" | while read -r jar || [ -n "$jar" ]; do
  [ -f "$jar" ] || die "$jar (from $classpath_file) is missing; delete that file and run again"
  cp "$jar" "$ctx/libs/"
done
build_image kafka "$ctx" "$jre_base_tag"

# 4. PostgreSQL from Debian's package.
ctx="$work/postgres"
mkdir -p "$ctx"
cp "$here/postgres/Dockerfile" "$here/postgres/entrypoint.sh" "$ctx/"
build_image postgres "$ctx" "$postgres_base_tag"

# 5. The sandbox image the grader starts learner code in (on this same engine).
sandbox_tag=$("$root/deploy/scripts/sandbox-image.sh")
summary+=("$sandbox_tag  (sandbox image, sandbox-images/python/build.sh; also pygrade-python:latest)")
built_tags+=("sandbox=$sandbox_tag")

say "done; every image is also tagged :latest"
for line in "${summary[@]}"; do
  tag=${line%% *}
  size=$(docker image inspect --format '{{.Size}}' "$tag" 2>/dev/null | awk '{printf "%d MB", $1/1000000}')
  say "  $line  [$size]"
done
if $print_tags; then printf '%s\n' "${built_tags[@]}"; fi
