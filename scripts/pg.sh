#!/usr/bin/env bash
# A project-local PostgreSQL cluster from Debian's packages: never the system cluster.
#   scripts/pg.sh start DIR PORT   create (if needed) and start a cluster in DIR on 127.0.0.1:PORT,
#                                  with the owner and portal roles and the database "enbek"
#   scripts/pg.sh stop DIR         stop it (fast)
#   scripts/pg.sh destroy DIR      stop it and remove DIR
#   scripts/pg.sh checkpoint DIR PORT   write every changed page out now (after a bulk load)
# initdb refuses to run as root, so as root the server runs as the "postgres" user.
set -euo pipefail

PG_BIN=${PG_BIN:-}
if [ -z "$PG_BIN" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
OWNER_ROLE=${ENBEK_DB_OWNER:-enbek_owner}
OWNER_PASSWORD=${ENBEK_DB_OWNER_PASSWORD:-enbek_owner_demo_password}     # demo secret
PORTAL_ROLE=${ENBEK_DB_PORTAL:-enbek_portal}
PORTAL_PASSWORD=${ENBEK_DB_PORTAL_PASSWORD:-enbek_portal_demo_password}  # demo secret
DB_NAME=${ENBEK_DB_NAME:-enbek}

die() { echo "pg.sh: $*" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_installed() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "pg.sh: installing PostgreSQL from Debian's packages"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
      PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    else
      die "PostgreSQL server binaries not found; install Debian's postgresql and postgresql-contrib"
    fi
  fi
}

psql_super() { as_pg "$PG_BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d "${2:-postgres}" -v ON_ERROR_STOP=1 -qAt -c "$1"; }

start() {
  DIR=$1; PORT=$2
  ensure_installed
  if [ ! -s "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    # the postgres user must be able to reach and own the folder
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    chmod 700 "$DIR"
    as_pg "$PG_BIN/initdb" -D "$DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_pg "$PG_BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${PG_FSYNC:-on}" start >/dev/null \
      || { tail -n 20 "$DIR/server.log" >&2; die "the server did not start"; }
  fi
  psql_super "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OWNER_ROLE') THEN
        CREATE ROLE $OWNER_ROLE LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '$OWNER_PASSWORD';
      END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PORTAL_ROLE') THEN
        CREATE ROLE $PORTAL_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '$PORTAL_PASSWORD';
      END IF;
    END \$\$;"
  if [ -z "$(psql_super "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    psql_super "CREATE DATABASE $DB_NAME OWNER $OWNER_ROLE"
  fi
  # The portal connects to every database of the cluster (tests clone databases from a template).
  psql_super "REVOKE ALL ON SCHEMA public FROM PUBLIC; ALTER SCHEMA public OWNER TO $OWNER_ROLE;" "$DB_NAME"
  psql_super "REVOKE ALL ON SCHEMA public FROM PUBLIC; ALTER SCHEMA public OWNER TO $OWNER_ROLE;" template1
}

stop() {
  DIR=$1
  ensure_installed
  if [ -s "$DIR/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
  fi
}

case "${1:-}" in
  start) [ $# -eq 3 ] || die "usage: pg.sh start DIR PORT"; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || die "usage: pg.sh stop DIR"; stop "$2" ;;
  destroy) [ $# -eq 2 ] || die "usage: pg.sh destroy DIR"; stop "$2"; rm -rf "$2" ;;
  checkpoint) [ $# -eq 3 ] || die "usage: pg.sh checkpoint DIR PORT"; ensure_installed; DIR=$2; PORT=$3; psql_super "CHECKPOINT" ;;
  *) die "usage: pg.sh start DIR PORT | stop DIR | destroy DIR | checkpoint DIR PORT" ;;
esac
