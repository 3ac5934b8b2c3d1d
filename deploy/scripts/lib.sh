# Shared helpers of the deploy scripts (sourced, not run).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE="$ROOT/.pygrade"          # local state of the one-command run: data, logs, pid files (git-ignored)
mkdir -p "$STATE/logs" "$STATE/run"

say() { echo "[$(basename "$0" .sh)] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "needs root for: $*"; fi
}

# Installs Debian packages that are missing; runs apt-get update once per run of the scripts.
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "cannot install ${missing[*]}: this is not a Debian machine (no apt-get)"
  if [ ! -f "$STATE/run/apt-updated" ]; then
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
    touch "$STATE/run/apt-updated"
  fi
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >"$STATE/logs/apt.log" 2>&1 || die "apt-get install ${missing[*]} failed; see $STATE/logs/apt.log"
}

# Waits until a TCP port on localhost accepts connections.
wait_for_port() {
  local port=$1 what=$2 seconds=${3:-60}
  for _ in $(seq $((seconds * 5))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.2
  done
  die "$what did not open port $port within ${seconds}s"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
