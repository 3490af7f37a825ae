#!/usr/bin/env bash
# Server tests (node --test): every file on PGlite in memory; then, when
# TEST_DATABASE_URL is set, the files that open a test database once more on
# that PostgreSQL server. Exit status: non-zero if either run failed.
set -u
cd "$(dirname "$0")/.."
env -u TEST_DATABASE_URL node --import tsx --test test/server/*.test.ts
pglite=$?
postgres=0
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  mapfile -t database_tests < <(grep -l 'openTestDatabase()' test/server/*.test.ts)
  node --import tsx --test "${database_tests[@]}"
  postgres=$?
fi
exit $((pglite || postgres))
