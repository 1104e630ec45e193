#!/usr/bin/env bash
# Runs the portal locally on a project-local PostgreSQL cluster with the demo data set.
#   scripts/run.sh
# Environment (all optional):
#   ENBEK_PG_PORT   port of the cluster on 127.0.0.1 (default 55432)
#   ENBEK_PG_DIR    folder of the cluster (default /var/tmp/enbek-run-<port>)
#   ASPNETCORE_URLS where the portal listens (default http://127.0.0.1:5000)
# The cluster is created on the first run and only started on later ones; setup (migrations,
# reference data, demo data) is idempotent. Ctrl-C stops the portal; the database keeps running
# until "scripts/pg.sh stop <folder>".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

die() { echo "run.sh: $*" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 \
  || die "the .NET SDK 10 ('dotnet') is not installed or not on PATH; it is not in Debian's packages, install it first"

PG_PORT=${ENBEK_PG_PORT:-55432}
PG_DIR=${ENBEK_PG_DIR:-/var/tmp/enbek-run-$PG_PORT}
DB_NAME=${ENBEK_DB_NAME:-enbek}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:5000}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}

# pg.sh installs Debian's PostgreSQL when it is missing (as root), creates the cluster on the
# first run and only starts it afterwards.
echo "run.sh: starting PostgreSQL in $PG_DIR on 127.0.0.1:$PG_PORT"
"$ROOT/scripts/pg.sh" start "$PG_DIR" "$PG_PORT"

conn() { echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$1;Password=$2"; }
ConnectionStrings__Owner=$(conn "${ENBEK_DB_OWNER:-enbek_owner}" "${ENBEK_DB_OWNER_PASSWORD:-enbek_owner_demo_password}")
ConnectionStrings__Portal=$(conn "${ENBEK_DB_PORTAL:-enbek_portal}" "${ENBEK_DB_PORTAL_PASSWORD:-enbek_portal_demo_password}")
export ConnectionStrings__Owner ConnectionStrings__Portal

echo "run.sh: building the portal (Release)"
dotnet build src/Enbek.Web -c Release --nologo -v quiet -nodeReuse:false \
  || die "the build failed (see the errors above)"

echo "run.sh: applying migrations and loading reference and demo data"
dotnet run --project src/Enbek.Web -c Release --no-build --no-launch-profile -- setup \
  || die "setup failed (see above); the database log is $PG_DIR/server.log"

cat <<EOF

run.sh: the portal is starting at ${ASPNETCORE_URLS} (environment ${ASPNETCORE_ENVIRONMENT})
run.sh: stop it with Ctrl-C; the database keeps running on 127.0.0.1:${PG_PORT}
run.sh: stop the database with: scripts/pg.sh stop ${PG_DIR}
run.sh: remove it with:         scripts/pg.sh destroy ${PG_DIR}

EOF
exec dotnet run --project src/Enbek.Web -c Release --no-build --no-launch-profile
