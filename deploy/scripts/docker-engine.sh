#!/usr/bin/env bash
# Makes sure a Docker engine answers, with gVisor's runsc registered as a runtime:
# installs Debian's docker.io and runsc when missing, registers runsc in /etc/docker/daemon.json
# (runtimeArgs --network=none), and starts `dockerd --bridge=none --iptables=false` when no engine runs.
# Sandboxes never need a network, so the engine gets none. Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

apt_install docker.io runsc

config=/etc/docker/daemon.json
if ! grep -q '"runsc"' "$config" 2>/dev/null; then
  say "registering runsc in $config"
  as_root mkdir -p /etc/docker
  as_root python3 - "$config" <<'PY'
import json, os, sys
path = sys.argv[1]
config = json.load(open(path)) if os.path.exists(path) and os.path.getsize(path) else {}
config.setdefault("runtimes", {})["runsc"] = {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"]}
json.dump(config, open(path, "w"), indent=2)
PY
  if docker info >/dev/null 2>&1; then
    if pid_alive "$STATE/run/dockerd.pid"; then
      say "restarting the engine started by these scripts, to load runsc"
      as_root kill "$(cat "$STATE/run/dockerd.pid")"
      for _ in $(seq 100); do docker info >/dev/null 2>&1 || break; sleep 0.2; done
    else
      say "WARNING: a Docker engine is running that these scripts did not start; restart it to load runsc"
    fi
  fi
fi

if docker info >/dev/null 2>&1; then
  say "Docker engine is running (runtimes: $(docker info --format '{{range $k, $v := .Runtimes}}{{$k}} {{end}}'))"
  exit 0
fi

say "starting dockerd --bridge=none --iptables=false (log: $STATE/logs/dockerd.log)"
# dockerd writes its own pid file: $! would be the pid of a wrapper, not of the engine.
rm -f "$STATE/run/dockerd.pid"
as_root setsid nohup dockerd --bridge=none --iptables=false --pidfile "$STATE/run/dockerd.pid" \
  >"$STATE/logs/dockerd.log" 2>&1 < /dev/null &
for _ in $(seq 150); do
  docker info >/dev/null 2>&1 && { say "Docker engine is up"; exit 0; }
  sleep 0.2
done
die "dockerd did not come up; see $STATE/logs/dockerd.log"
