#!/usr/bin/env bash
# Builds the solution and runs every test project against a throw-away PostgreSQL cluster.
#   scripts/test.sh [dotnet test arguments...]
#   e.g. scripts/test.sh --filter "FullyQualifiedName~Calendar"
# The cluster lives under /var/tmp/enbek-test-<pid> on a free port and is removed on exit, also
# when the run fails or is interrupted. Test results (.trx) go to TestResults/ (or
# $ENBEK_TEST_RESULTS). The last line printed is "N passed, N failed" (", N skipped" follows when
# tests were skipped); the exit status is non-zero when the build or any test failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

die() { echo "test.sh: $*" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 \
  || die "the .NET SDK 10 ('dotnet') is not installed or not on PATH; it is not in Debian's packages, install it first"

# Debian packages the tests need: the database server, a browser and PDF tools.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test.sh: warning: missing Debian packages: ${missing[*]} (run as root to install them)" >&2
  fi
}
ensure_packages postgresql postgresql-contrib chromium poppler-utils

# A free TCP port on 127.0.0.1 for the cluster.
free_port() {
  local port
  if command -v python3 >/dev/null 2>&1 && port=$(python3 -c '
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' 2>/dev/null) && [ -n "$port" ]; then
    echo "$port"; return 0
  fi
  for port in $(seq 55433 55999); do
    if command -v ss >/dev/null 2>&1; then
      ss -Hltn "sport = :$port" 2>/dev/null | grep -q . || { echo "$port"; return 0; }
    elif ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  return 1
}

# Build first: a compile error ends the run before any database is started.
echo "test.sh: building Enbek.sln (Release)"
dotnet build Enbek.sln -c Release --nologo -v quiet -nodeReuse:false \
  || die "the build failed (see the errors above); no test was run"

PG_DIR=/var/tmp/enbek-test-$$
PG_PORT=$(free_port) || die "no free TCP port found for the test database"

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local rc=$?
  if [ -n "${TEST_PID:-}" ] && kill -0 "$TEST_PID" 2>/dev/null; then
    kill -TERM "$TEST_PID" 2>/dev/null || true
    wait "$TEST_PID" 2>/dev/null || true
  fi
  "$ROOT/scripts/pg.sh" destroy "$PG_DIR" >/dev/null 2>&1 || rm -rf "$PG_DIR" || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "test.sh: starting a throw-away PostgreSQL cluster in $PG_DIR on 127.0.0.1:$PG_PORT"
PG_FSYNC=off "$ROOT/scripts/pg.sh" start "$PG_DIR" "$PG_PORT"

DB_NAME=${ENBEK_DB_NAME:-enbek}
conn() { echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$1;Password=$2"; }
ENBEK_TEST_OWNER_CONNECTION=$(conn "${ENBEK_DB_OWNER:-enbek_owner}" "${ENBEK_DB_OWNER_PASSWORD:-enbek_owner_demo_password}")
ENBEK_TEST_PORTAL_CONNECTION=$(conn "${ENBEK_DB_PORTAL:-enbek_portal}" "${ENBEK_DB_PORTAL_PASSWORD:-enbek_portal_demo_password}")
export ENBEK_TEST_OWNER_CONNECTION ENBEK_TEST_PORTAL_CONNECTION

# Never count an earlier run: TestResults/ is emptied; a folder of one's own loses only its .trx.
if [ -n "${ENBEK_TEST_RESULTS:-}" ]; then
  RESULTS=$ENBEK_TEST_RESULTS
  mkdir -p "$RESULTS"
  find "$RESULTS" -maxdepth 1 -name 'enbek*.trx' -delete
else
  RESULTS=$ROOT/TestResults
  rm -rf "$RESULTS"
  mkdir -p "$RESULTS"
fi

# dotnet test runs as a child the traps can stop, so an interrupted run still removes the cluster.
status=0
dotnet test Enbek.sln -c Release --no-build --nologo \
  --logger "trx;LogFilePrefix=enbek" \
  --logger "console;verbosity=${ENBEK_TEST_VERBOSITY:-minimal}" \
  --results-directory "$RESULTS" \
  --blame-hang-timeout "${ENBEK_TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none \
  "$@" &
TEST_PID=$!
wait "$TEST_PID" || status=$?
TEST_PID=
find "$RESULTS" -mindepth 1 -type d -empty -delete 2>/dev/null || true   # left by the hang detector

# Sum the counters of every result file of this run.
shopt -s nullglob
trx_files=("$RESULTS"/enbek*.trx)
shopt -u nullglob
if [ ${#trx_files[@]} -eq 0 ]; then
  echo "test.sh: no test results were written to $RESULTS (dotnet test exit status $status)" >&2
  exit $((status == 0 ? 1 : status))
fi

counter() {  # counter NAME COUNTERS-ELEMENT
  local v
  v=$(sed -n "s/.* $1=\"\\([0-9]*\\)\".*/\\1/p" <<<"$2")
  echo "${v:-0}"
}
executed=0 passed=0 failed=0 skipped=0
for f in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1 || true)
  if [ -z "$counters" ]; then
    echo "test.sh: $f has no counters" >&2
    [ "$status" -ne 0 ] || status=1
    continue
  fi
  executed=$((executed + $(counter executed "$counters")))
  passed=$((passed + $(counter passed "$counters")))
  run_failed=$(($(counter failed "$counters") + $(counter error "$counters") \
    + $(counter timeout "$counters") + $(counter aborted "$counters")))
  failed=$((failed + run_failed))
  # A run that crashed or hung (the hang detector killed it) records no failed test: count it as one.
  if [ "$run_failed" -eq 0 ] && grep -q '<ResultSummary outcome="\(Failed\|Aborted\|Error\|Timeout\)"' "$f"; then
    echo "test.sh: a test run was aborted ($(basename "$f")): counted as one failed test" >&2
    failed=$((failed + 1))
  fi
  # a skipped test is recorded with the outcome NotExecuted
  skipped=$((skipped + $({ grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' "$f" || true; } | wc -l)))
done

if [ "$failed" -eq 0 ] && [ "$status" -ne 0 ]; then
  echo "test.sh: dotnet test failed (exit status $status) although no test is recorded as failed: see the output above" >&2
fi
if [ "$executed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "test.sh: no test was executed" >&2
  status=1
fi
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then
  status=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
