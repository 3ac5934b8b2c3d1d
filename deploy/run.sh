#!/usr/bin/env bash
# One command brings up a working Pygrade on this machine: the Docker engine (with gVisor), the
# sandbox image, a single-node Kafka broker, grader-service and submission-api (with its embedded
# H2 database in .pygrade/data). Ctrl-C stops everything this command started.
#   deploy/run.sh           API on http://localhost:8080 (health, metrics: :9000), grader on :8081, Kafka on :9092
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"

api_port=${PYGRADE_API_PORT:-8080}
api_management_port=${PYGRADE_API_MANAGEMENT_PORT:-9000}
grader_port=${PYGRADE_GRADER_PORT:-8081}
started=()

cleanup() {
  trap - INT TERM HUP EXIT
  # A closed terminal (HUP) takes the output pipe with it: without this, the first message kills the cleanup.
  trap '' PIPE
  say "stopping" || exec >>"$STATE/logs/run.log" 2>&1
  for pidfile in "$STATE/run/submission-api.pid" "$STATE/run/grader-service.pid"; do
    if pid_alive "$pidfile"; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      for _ in $(seq 100); do pid_alive "$pidfile" || break; sleep 0.2; done
    fi
    rm -f "$pidfile"
  done
  for component in "${started[@]}"; do
    case "$component" in
      kafka) "$ROOT/deploy/scripts/kafka.sh" stop ;;
      dockerd) pid_alive "$STATE/run/dockerd.pid" && as_root kill "$(cat "$STATE/run/dockerd.pid")" && say "Docker engine stopped" ;;
    esac
  done
}
trap cleanup INT TERM HUP EXIT

docker info >/dev/null 2>&1 || started+=(dockerd)
"$ROOT/deploy/scripts/docker-engine.sh"
"$ROOT/deploy/scripts/sandbox-image.sh" >/dev/null

say "building the services (first run: Maven downloads dependencies)"
(cd "$ROOT" && ./mvnw -B -q -ntp install -DskipTests -pl grader-service,submission-api -am \
  && ./mvnw -B -q -ntp package -DskipTests -pl submission-api -Dquarkus.profile=local) >&2

pid_alive "$STATE/run/kafka.pid" || started+=(kafka)
"$ROOT/deploy/scripts/kafka.sh" start

start_service() {
  local name=$1 port=$2; shift 2
  if pid_alive "$STATE/run/$name.pid"; then die "$name is already running (pid $(cat "$STATE/run/$name.pid"))"; fi
  say "starting $name on port $port (log: $STATE/logs/$name.log)"
  setsid nohup java -Xmx512m -Dquarkus.http.port="$port" "$@" >"$STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/run/$name.pid"
}
start_service grader-service "$grader_port" \
  -Dpygrade.exercises.root="$ROOT/exercises" -Dquarkus.log.console.json.enabled=false \
  -jar "$ROOT/grader-service/target/quarkus-app/quarkus-run.jar"
start_service submission-api "$api_port" -Dquarkus.profile=local \
  -Dquarkus.management.port="$api_management_port" -Dquarkus.management.host=127.0.0.1 \
  -Dpygrade.exercises.root="$ROOT/exercises" -Dpygrade.data-dir="$STATE/data" \
  -jar "$ROOT/submission-api/target/quarkus-app-local/quarkus-run.jar"

# Readiness where each service serves its health: the grader's only port, the API's management port.
for service in grader-service:$grader_port submission-api:$api_management_port; do
  name=${service%%:*} port=${service##*:}
  for _ in $(seq 300); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    pid_alive "$STATE/run/$name.pid" || die "$name stopped; see $STATE/logs/$name.log"
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || die "$name is not ready; see $STATE/logs/$name.log"
done

[ -s "$STATE/admin-key" ] || die "submission-api wrote no admin key to $STATE/admin-key; see $STATE/logs/submission-api.log"
cat >&2 <<MSG

Pygrade is running:
  API          http://localhost:$api_port/api/v1/exercises   (OpenAPI: /q/swagger-ui)
  API health   http://localhost:$api_management_port/q/health   (and /q/metrics; this machine only)
  grader       http://localhost:$grader_port/q/health
  admin key    in $STATE/admin-key (send it as 'Authorization: Bearer <key>')
  logs         $STATE/logs/
Submit a solution and read its feedback (see README.md):
  KEY=\$(cat .pygrade/admin-key)
  curl -s -X POST localhost:$api_port/api/v1/submissions -H "Authorization: Bearer \$KEY" -H 'Content-Type: application/json' \\
    -d '{"exerciseId": "append-to-fresh-list", "source": "def append_to(item, items=None):\\n    items = [] if items is None else items\\n    items.append(item)\\n    return items\\n\\ndef tally(word, counts=None):\\n    counts = {} if counts is None else counts\\n    counts[word] = counts.get(word, 0) + 1\\n    return counts\\n"}'
Press Ctrl-C to stop everything this command started.
MSG
wait
