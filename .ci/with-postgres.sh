#!/usr/bin/env bash
# Runs "$@" with DATABASE_URL pointing at a throwaway PostgreSQL server on a free loopback port.
set -euo pipefail

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
}
PGBIN="$(find_bin || true)"
if [ -z "$PGBIN" ]; then
  echo "== installing PostgreSQL (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  PGBIN="$(find_bin)"
fi
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres

PGTMP="$(mktemp -d /tmp/gridbot-pg.XXXXXX)"
chown postgres "$PGTMP"
# A free loopback port unless one is given (another server may already hold a fixed one).
PORT="${PGPORT_CI:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
as_pg() { runuser -u postgres -- "$@"; }
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w \
  -o "-p $PORT -k $PGTMP -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
stop() { as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null || true; rm -rf "$PGTMP"; }
trap stop EXIT

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
export PGBIN PGTMP
"$@"
