#!/usr/bin/env bash
# The portal's benchmark in one command: builds Release, starts a throw-away PostgreSQL cluster,
# runs set-up with demo data, seeds reception visits, starts the built portal (Production, portal
# role) and measures it against direct SQL and a minimal page. Prints the machine and the results.
#   bench/run.sh [--suite visits|persons|all] [--count N] [Enbek.Bench http options...]
#   e.g. bench/run.sh --count 200000 --scenario journal,search --duration 3
#        bench/run.sh --suite persons --users clerk.almaty1,officer.akmola   (1,000,000 people instead of visits)
#        bench/run.sh --suite import [--count 100000] [--runs 3]   the bulk import of people (nothing seeded)
# Defaults: 1,000,000 visits; every scenario as clerk.almaty1 and analyst.ministry (the persons suite:
# as clerk.almaty1 and officer.akmola), 2 and 8 clients,
# 3 runs of 2 s each after a 1 s warm-up. About 8 minutes on 2 cores (build 1-3, set-up and seed 1-2,
# measuring 4). The cluster (/var/tmp/enbek-bench-<pid>) and the portal are removed on exit, also on
# failure or Ctrl-C. Results, the plans and the portal's log stay in bench/results/<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

die() { echo "bench: $*" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 \
  || die "the .NET SDK 10 ('dotnet') is not installed or not on PATH; it is not in Debian's packages, install it first"
command -v curl >/dev/null 2>&1 || die "curl is needed to wait for the portal (apt-get install curl)"

COUNT=
SUITE=visits
HTTP_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --count) [ $# -ge 2 ] || die "--count needs a number"; COUNT=$2; shift 2 ;;
    --suite) [ $# -ge 2 ] || die "--suite needs visits, persons, all or import"; SUITE=$2; shift 2 ;;
    --scenario) [ $# -ge 2 ] || die "--scenario needs a value"; SCENARIO=$2; shift 2 ;;
    --users) [ $# -ge 2 ] || die "--users needs a value"; USERS=$2; shift 2 ;;
    --*) [ $# -ge 2 ] || die "$1 needs a value"; HTTP_ARGS+=("$1" "$2"); shift 2 ;;
    *) die "unexpected argument '$1' (options come as '--name value')" ;;
  esac
done
case "$SUITE" in visits|persons|all) COUNT=${COUNT:-1000000} ;; import) COUNT=${COUNT:-100000} ;; *) die "--suite is visits, persons, all or import" ;; esac
[[ "$COUNT" =~ ^[0-9]+$ ]] || die "--count must be a whole number"
# The person registry is measured as a center's clerk and a regional officer, the journal as a clerk and the ministry.
[ "$SUITE" = persons ] && DEFAULT_USERS=clerk.almaty1,officer.akmola || DEFAULT_USERS=clerk.almaty1,analyst.ministry
[ "$SUITE" = import ] || HTTP_ARGS+=(--scenario "${SCENARIO:-$SUITE}" --users "${USERS:-$DEFAULT_USERS}")

# A TCP port on 127.0.0.1 that nothing listens on: the kernel's choice, or the first closed one.
unused_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null && return 0
  local port
  for port in $(seq "$1" $(($1 + 500))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

OUT=${ENBEK_BENCH_OUT:-$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
PG_DIR=/var/tmp/enbek-bench-$$
PG_PORT=$(unused_port 56100) || die "no free port for PostgreSQL"
WEB_PORT=$(unused_port 56700) || die "no free port for the portal"
[ "$PG_PORT" != "$WEB_PORT" ] || WEB_PORT=$(unused_port 56700)

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local rc=$?
  if [ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill -TERM "$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  "$ROOT/scripts/pg.sh" destroy "$PG_DIR" >/dev/null 2>&1 || rm -rf "$PG_DIR" || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

START=$(date +%s)
step() { echo "bench: [$(($(date +%s) - START)) s] $*" >&2; }

step "building the portal and the bench (Release)"
dotnet build src/Enbek.Web -c Release --nologo -v quiet -nodeReuse:false >"$OUT/build.log" 2>&1 \
  || { cat "$OUT/build.log" >&2; die "the portal's build failed"; }
dotnet build bench/Enbek.Bench -c Release --nologo -v quiet -nodeReuse:false >>"$OUT/build.log" 2>&1 \
  || { cat "$OUT/build.log" >&2; die "the bench's build failed"; }

# The cluster only lives for this run, so it runs without fsync (the seed is not a durability test;
# the measured pages only read).
step "starting a throw-away PostgreSQL cluster in $PG_DIR on 127.0.0.1:$PG_PORT"
PG_FSYNC=off "$ROOT/scripts/pg.sh" start "$PG_DIR" "$PG_PORT"

conn() { echo "Host=127.0.0.1;Port=$PG_PORT;Database=${ENBEK_DB_NAME:-enbek};Username=$1;Password=$2"; }
ConnectionStrings__Owner=$(conn "${ENBEK_DB_OWNER:-enbek_owner}" "${ENBEK_DB_OWNER_PASSWORD:-enbek_owner_demo_password}")
ConnectionStrings__Portal=$(conn "${ENBEK_DB_PORTAL:-enbek_portal}" "${ENBEK_DB_PORTAL_PASSWORD:-enbek_portal_demo_password}")
export ConnectionStrings__Owner ConnectionStrings__Portal

step "set-up: migrations, reference data, demo data"
dotnet run --project src/Enbek.Web -c Release --no-build --no-launch-profile -- setup >"$OUT/setup.log" 2>&1 \
  || { tail -n 30 "$OUT/setup.log" >&2; die "set-up failed"; }

BENCH=(dotnet "$ROOT/bench/Enbek.Bench/bin/Release/net10.0/Enbek.Bench.dll")
: >"$OUT/seed.txt"
if [ "$SUITE" = visits ] || [ "$SUITE" = all ]; then
  step "seeding $COUNT reception visits"
  "${BENCH[@]}" seed-visits --count "$COUNT" >>"$OUT/seed.txt"
fi
if [ "$SUITE" = persons ] || [ "$SUITE" = all ]; then
  step "seeding $COUNT people in the registry"
  "${BENCH[@]}" seed-persons --count "$COUNT" >>"$OUT/seed.txt"
fi

# A seed leaves a gigabyte or more of changed pages that PostgreSQL's checkpointer, and then the
# kernel, would write out during the first minutes of measuring: both are done before the portal starts.
if [ "$SUITE" != import ]; then
  step "writing the seed out (checkpoint, sync)"
  "$ROOT/scripts/pg.sh" checkpoint "$PG_DIR" "$PG_PORT"
  sync
fi

# The portal as it is deployed: the built assembly, Production, its own content root (appsettings.json,
# wwwroot), the portal role's connection string; its log goes to a file.
step "starting the portal on 127.0.0.1:$WEB_PORT (Production)"
(
  cd src/Enbek.Web
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$WEB_PORT" \
    exec dotnet bin/Release/net10.0/Enbek.Web.dll
) >"$OUT/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/health/ready" 2>/dev/null && break
  kill -0 "$PORTAL_PID" 2>/dev/null || { tail -n 20 "$OUT/portal.log" >&2; die "the portal stopped"; }
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/health/ready" || die "the portal did not become ready"

status=0
if [ "$SUITE" = import ]; then
  step "importing files of $COUNT people through the portal"
  "${BENCH[@]}" import-persons --count "$COUNT" --portal-url "http://127.0.0.1:$WEB_PORT" --portal-pid "$PORTAL_PID" \
    --postgres-pid "$(head -n 1 "$PG_DIR/postmaster.pid")" "${HTTP_ARGS[@]}" >"$OUT/results.md" 2> >(tee "$OUT/progress.log" >&2) || status=$?
else
step "plans of the measured queries -> $OUT/explain.txt"
"${BENCH[@]}" explain "${HTTP_ARGS[@]}" >"$OUT/explain.txt"

step "measuring"
"${BENCH[@]}" http --portal-url "http://127.0.0.1:$WEB_PORT" --portal-pid "$PORTAL_PID" "${HTTP_ARGS[@]}" >"$OUT/results.md" 2> >(tee "$OUT/progress.log" >&2) || status=$?
fi
step "done"
echo
cat "$OUT/seed.txt" "$OUT/results.md"
[ "$status" -eq 0 ] || { tail -n 5 "$OUT/progress.log" >&2; die "the measurement failed or counted errors (exit $status); see $OUT/progress.log"; }
echo "bench: results, plans and logs in $OUT" >&2
