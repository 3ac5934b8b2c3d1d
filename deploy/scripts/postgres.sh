#!/usr/bin/env bash
# PostgreSQL from Debian's packages.
#   postgres.sh install   install the server binaries when missing (the tests start private clusters from them)
#   postgres.sh start     also start a cluster in .pygrade/postgres on port ${PYGRADE_PG_PORT:-55432}
#                         (database, user and password "pygrade") and print its JDBC URL
#   postgres.sh stop      stop that cluster
# Idempotent; PostgreSQL refuses to run as root, so as root it runs as the "postgres" user.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

action=${1:-start}
port=${PYGRADE_PG_PORT:-55432}
data="$STATE/postgres"

apt_install postgresql
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -x "$bin/initdb" ] || die "no initdb under /usr/lib/postgresql"
[ "$action" = install ] && { say "PostgreSQL binaries: $bin"; exit 0; }

run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      say "initialising a cluster in $data"
      mkdir -p "$data"
      echo pygrade > "$STATE/run/pgpass"
      [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$data" "$STATE/run/pgpass"
      run_pg "$bin/initdb" -D "$data" -U pygrade --pwfile="$STATE/run/pgpass" -A scram-sha-256 -E UTF8 >/dev/null
    fi
    if run_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      say "already running on port $port"
    else
      run_pg "$bin/pg_ctl" -D "$data" -l "$data/postgres.log" -w \
        -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
      run_pg env PGPASSWORD=pygrade "$bin/psql" -h 127.0.0.1 -p "$port" -U pygrade -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'pygrade'" | grep -q 1 \
        || run_pg env PGPASSWORD=pygrade "$bin/createdb" -h 127.0.0.1 -p "$port" -U pygrade pygrade
      say "started on port $port"
    fi
    echo "jdbc:postgresql://127.0.0.1:$port/pygrade"
    ;;
  stop)
    run_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 && say "stopped" || say "was not running"
    ;;
  *) die "usage: postgres.sh install|start|stop" ;;
esac
