#!/bin/bash
# Initialises a PostgreSQL cluster in PGDATA on first start, then runs the server as PID 1 (SIGTERM = smart
# shutdown, SIGINT = fast). The variables are those of the official postgres image:
#   POSTGRES_USER           superuser and owner of POSTGRES_DB (default postgres)
#   POSTGRES_PASSWORD       its password (or POSTGRES_PASSWORD_FILE, a file holding it); required
#   POSTGRES_DB             database created on first start (default POSTGRES_USER)
#   PGDATA                  /var/lib/postgresql/data/pgdata (a subfolder: a fresh volume may hold lost+found)
#   PGPORT                  5432
#   POSTGRES_LISTEN         listen_addresses (default *; compose, with host networking, sets 127.0.0.1)
# Password authentication (scram-sha-256) for every TCP connection; extra server options as arguments
# (e.g. `-c max_connections=200`).
set -euo pipefail
user=${POSTGRES_USER:-postgres}
db=${POSTGRES_DB:-$user}
if [ -n "${POSTGRES_PASSWORD_FILE:-}" ]; then POSTGRES_PASSWORD=$(cat "$POSTGRES_PASSWORD_FILE"); fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  [ -n "${POSTGRES_PASSWORD:-}" ] || { echo "postgres-entrypoint: set POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE)" >&2; exit 1; }
  echo "postgres-entrypoint: initialising a cluster in $PGDATA (user $user, database $db)" >&2
  mkdir -p "$PGDATA" && chmod 700 "$PGDATA"
  pwfile=$(mktemp) && printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$db" != postgres ]; then
    echo "CREATE DATABASE \"$db\" OWNER \"$user\";" | postgres --single -D "$PGDATA" -j postgres >/dev/null
  fi
fi
unset POSTGRES_PASSWORD
echo "postgres-entrypoint: starting PostgreSQL on ${POSTGRES_LISTEN:-*}:$PGPORT" >&2
exec postgres -D "$PGDATA" -p "$PGPORT" -c listen_addresses="${POSTGRES_LISTEN:-*}" \
  -c unix_socket_directories=/var/run/postgresql "$@"
