#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the server tests and prints
# the TEST_DATABASE_URL to export. Run as root on Debian 12 (CI) or any
# machine with Debian's postgresql packages. Idempotent: a second run reuses
# the cluster, the role and the database.
#
#   eval "$(sudo scripts/ci-postgres.sh)"   # exports TEST_DATABASE_URL
#   node --import tsx --test test/server/*.test.ts
set -euo pipefail

PORT="${PGPORT_TEST:-54329}"
DB="${PGDATABASE_TEST:-mission_widgets_test}"
ROLE="${PGUSER_TEST:-mission_widgets}"
PASSWORD="${PGPASSWORD_TEST:-mission_widgets}"
DATA_DIR="${PGDATA_TEST:-/var/tmp/mission-widgets-pg}"

log() { echo "ci-postgres: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "run as root (installs packages and runs postgres as the postgres user)"; exit 1
fi

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi

# Our own cluster (not the packaged one): a known port, loopback only, no fsync (test data).
if [ ! -s "$DATA_DIR/PG_VERSION" ]; then
  log "initdb in $DATA_DIR"
  install -d -o postgres -g postgres -m 700 "$DATA_DIR"
  su postgres -s /bin/sh -c "'$BIN/initdb' -D '$DATA_DIR' -U postgres --auth-local=peer --auth-host=scram-sha-256 >/dev/null"
fi

if ! su postgres -s /bin/sh -c "'$BIN/pg_ctl' -D '$DATA_DIR' status" >/dev/null 2>&1; then
  log "starting on 127.0.0.1:$PORT"
  install -d -o postgres -g postgres /var/run/postgresql
  su postgres -s /bin/sh -c "'$BIN/pg_ctl' -D '$DATA_DIR' -l '$DATA_DIR/server.log' -w -t 30 start \
    -o \"-c listen_addresses=127.0.0.1 -p $PORT -k /var/run/postgresql -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100\"" >&2
fi

psql_admin() { su postgres -s /bin/sh -c "psql -h /var/run/postgresql -p $PORT -X -q -v ON_ERROR_STOP=1 -tA $*"; }

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != "1" ]; then
  psql_admin "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != "1" ]; then
  psql_admin "-c \"CREATE DATABASE $DB OWNER $ROLE\""
fi

echo "export TEST_DATABASE_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
