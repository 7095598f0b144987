#!/usr/bin/env bash
# Runs every test of BackLegKiosk. First installs what the tests need that this machine lacks, through
# apt-get: Debian's Chromium (browser tests), PostgreSQL and HAProxy (the chain test). Then runs the whole solution on SQLite, and
# the server and sync suites a second time on a PostgreSQL it starts (scripts/postgres.sh: initdb into
# a temporary folder, a free loopback port, never as root) and stops at the end, even when tests fail.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
[ -x /usr/sbin/haproxy ] || missing+=(haproxy)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "test.sh: installing ${missing[*]} with apt-get ..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf TestResults
postgres_suites=(tests/BackLegKiosk.Server.Tests tests/BackLegKiosk.Kiosk.Core.Tests)
mkdir -p TestResults
# .ci/run checks that every suite reported: the solution's test projects, and each again on PostgreSQL.
echo $(($(grep -c 'Tests\.csproj"' BackLegKiosk.sln) + ${#postgres_suites[@]})) > TestResults/reports-expected
pg=$(scripts/postgres.sh start)
pgdir=$(sed -n 's/^PGDIR=//p' <<<"$pg")
trap 'scripts/postgres.sh stop "$pgdir"' EXIT
# Tests leave what a person should see beside the TRX files: screenshots of every kiosk screen,
# and the staff-query timings on a year of data.
export BACKLEG_ARTIFACTS="$PWD/TestResults"
status=0
dotnet test --solution BackLegKiosk.sln --report-trx --results-directory "$PWD/TestResults" "$@" || status=$?
echo "The server and sync suites again, on PostgreSQL:"
for suite in "${postgres_suites[@]}"; do
  BACKLEG_TEST_POSTGRES=$(sed -n 's/^CONNECTION=//p' <<<"$pg") \
    dotnet test --project "$suite" --report-trx --results-directory "$PWD/TestResults/postgres" "$@" || status=$?
done
# No set lost: a real server and three kiosk processes on loopback, ten faults (kill -9, network cuts,
# skewed clocks, sign-outs while the server is down); it exits non-zero if anything was lost or duplicated.
echo "Chaos run (bench/BackLegKiosk.Chaos, 10 cycles):"
dotnet run --project bench/BackLegKiosk.Chaos -- --cycles 10 2>&1 | grep -v '^  \[child\]' || status=1
echo "Chaos run on PostgreSQL (10 cycles):"
dotnet run --project bench/BackLegKiosk.Chaos -- --cycles 10 --postgres "$(sed -n 's/^CONNECTION=//p' <<<"$pg")" 2>&1 \
  | grep -v '^  \[child\]' || status=1
# A hostile floor: every RPC the server maps, driven with 10,000 generated and mutated messages and
# headers; it exits non-zero on any UNKNOWN or INTERNAL answer, a crash, an RPC it cannot describe,
# health not SERVING or a planted row changed.
echo "Fuzz run (bench/BackLegKiosk.Fuzz, 10,000 inputs):"
dotnet run --project bench/BackLegKiosk.Fuzz -- --inputs 10000 2>&1 | grep -v '^{' | grep -v '^  /' || status=1
if [ -f TestResults/staff-queries-at-scale.txt ]; then
  echo "Staff queries on a year of a busy gym:"
  sed 's/^/  /' TestResults/staff-queries-at-scale.txt
fi
exit $status
