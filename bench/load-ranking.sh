#!/usr/bin/env bash
# HTTP load run: the public ranking page and the open-data CSV with 600 governments x 6 years of
# published results, against a static file served by the same app, same wrk settings.
#
# Build the jar first (this script builds nothing):
#   ./mvnw -q -DskipTests package
#   bench/load-ranking.sh
#
# It starts the jar on a fresh data directory (embedded PostgreSQL, demo data) with
# --sinergi.bench.ranking-governments=600: the registry (552 regional governments + the demo's
# central agency) is topped up with central agencies BENCH-xxx to 600 governments, and every
# government gets a published sample result for 2020 (5/2018) and 2021-2025 (59/2020), fixed seed
# (monitoring/domain/RankingBenchSeed). It waits until the 2025 statistics count 600 results, then
# runs wrk --latency (Accept-Encoding: gzip, as browsers send it) against
#   1. GET /peringkat?tahun=2025                                       (600 rows, charts, statistics)
#   2. GET /peringkat?tahun=2025&kategori=PEMDA&wilayah=INDONESIA_TIMUR (filtered)
#   3. GET /data/hasil/2025.csv                                        (open data, 600 rows)
#   4. GET /css/app.css                                                (static file, same app)
# each after a short warm-up run, prints requests/s, p50, p99, errors, how the machine's CPU was
# shared during each run, and each endpoint's throughput as a ratio of the static file's; then
# bench/page-weight.sh for /peringkat?tahun=2025 (PAGE_WEIGHT=0 skips it). The app is stopped on
# exit. Raw wrk output and the app log go to bench/results/ (git-ignored).
#
# Environment (defaults):
#   JAR=target/sinergi-0.1.0-SNAPSHOT.jar  PORT=18080  DURATION=30s  WARMUP=10s  THREADS=2
#   CONNECTIONS=32  GOVERNMENTS=600  RESULTS_DIR=bench/results  PAGE_WEIGHT=1  JAVA_OPTS=  READY_TIMEOUT=240
#
# Needs java, curl and wrk (Debian: apt-get install -y wrk). Only ever targets 127.0.0.1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$ROOT/target/sinergi-0.1.0-SNAPSHOT.jar}"
PORT="${PORT:-18080}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
PAGE_WEIGHT="${PAGE_WEIGHT:-1}"
READY_TIMEOUT="${READY_TIMEOUT:-240}"
GOVERNMENTS="${GOVERNMENTS:-600}"
BASE="http://127.0.0.1:$PORT"
RANKING_PATH="/peringkat?tahun=2025"
FILTERED_PATH="/peringkat?tahun=2025&kategori=PEMDA&wilayah=INDONESIA_TIMUR"
CSV_PATH="/data/hasil/2025.csv"
STATIC_PATH="/css/app.css"

for tool in java curl; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
    echo "error: wrk not found; install it with: apt-get install -y wrk" >&2
    exit 1
fi
if [[ ! -f "$JAR" ]]; then
    echo "error: $JAR not found; build it first with: ./mvnw -q -DskipTests package (or set JAR=...)" >&2
    exit 1
fi
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
    echo "error: something already answers on port $PORT; set PORT=..." >&2
    exit 1
fi

mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
APP_LOG="$RESULTS_DIR/ranking-$STAMP-app.log"
DATA_DIR="$(mktemp -d)"
APP_PID=""

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "stopping app (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            echo "app did not stop in 60 s; killing pid $APP_PID (its embedded PostgreSQL may be left running)" >&2
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$DATA_DIR"
}
trap stop_app EXIT
trap 'exit 130' INT TERM

echo "starting $JAR on port $PORT (data: $DATA_DIR, log: $APP_LOG)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
SINERGI_DATA_DIR="$DATA_DIR" PORT="$PORT" java ${JAVA_OPTS:-} -jar "$JAR" \
    --sinergi.bench.ranking-governments="$GOVERNMENTS" >"$APP_LOG" 2>&1 &
APP_PID=$!

start=$SECONDS
until curl -fs --max-time 5 "$BASE/api/v1/statistics/2025" 2>/dev/null | grep -q "\"count\":$GOVERNMENTS,"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "error: the app exited during startup; last lines of $APP_LOG:" >&2
        tail -n 30 "$APP_LOG" >&2
        exit 1
    fi
    if (( SECONDS - start > READY_TIMEOUT )); then
        echo "error: 2025 did not reach $GOVERNMENTS published results within ${READY_TIMEOUT}s" >&2
        tail -n 30 "$APP_LOG" >&2
        exit 1
    fi
    sleep 1
done
echo "app ready, $GOVERNMENTS results per year seeded, after $(( SECONDS - start )) s"

for path in "$RANKING_PATH" "$FILTERED_PATH" "$CSV_PATH" "$STATIC_PATH"; do
    read -r status size <<<"$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{http_code} %{size_download}' "$BASE$path")"
    if [[ "$status" != 200 ]]; then
        echo "error: GET $path returned $status" >&2
        exit 1
    fi
    echo "check: GET $path -> 200, $size bytes gzip"
done
rows=$(curl -s "$BASE$CSV_PATH" | wc -l)
echo "check: $CSV_PATH has $rows lines (header + results)"

# CPU accounting, to tell afterwards whether something else on the (shared) machine competed:
# prints "total busy steal app children postgres" in jiffies: all CPUs from /proc/stat, the app
# JVM's utime+stime, the script's waited-for children (wrk: cutime+cstime of /proc/$$, since this
# runs in a command substitution), and the app's embedded PostgreSQL (its postmaster, found via
# postmaster.pid in the data directory, plus the postmaster's children).
cpu_snapshot() {
    local cpu total busy steal app children pm postgres=0
    read -r cpu total busy steal < <(awk '/^cpu / {
        t = 0; for (i = 2; i <= 9; i++) t += $i  # user..steal (guest is already in user)
        print "cpu", t, t - $5 - $6, $9 }' /proc/stat)
    app=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    children=$(awk '{ print $16 + $17 }' "/proc/$$/stat")
    pm=$(head -n 1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)
    if [[ "$pm" =~ ^[0-9]+$ ]]; then
        # with "(comm) " removed: $1 pid, $3 ppid, $13 utime, $14 stime, $15 cutime, $16 cstime
        postgres=$( { cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed 's/^\([0-9]*\) (.*) /\1 /' \
            | awk -v pm="$pm" '
                $1 == pm { s += $13 + $14 + $15 + $16 }
                $3 == pm { s += $13 + $14 }
                END { print s + 0 }')
    fi
    echo "$total $busy $steal $app $children $postgres"
}

# run_wrk NAME URL [wrk options...]: warm-up run (discarded), then the measured run.
run_wrk() {
    local name=$1 url=$2 before after
    shift 2
    echo "wrk $name: warm-up $WARMUP, then $DURATION with $THREADS threads / $CONNECTIONS connections"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" "$@" "$url" >/dev/null
    before=$(cpu_snapshot)
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "$@" "$url" \
        | tee "$RESULTS_DIR/ranking-$STAMP-$name.txt"
    after=$(cpu_snapshot)
    # Shares of the machine's whole capacity (all cores) during the measured run.
    awk -v b="$before" -v a="$after" 'BEGIN {
        split(b, x, " "); split(a, y, " ")
        t = y[1] - x[1]; busy = y[2] - x[2]; steal = y[3] - x[3]; app = y[4] - x[4]; wrk = y[5] - x[5]
        pg = y[6] - x[6]
        other = busy - app - pg - wrk; if (other < 0) other = 0
        printf "CPU during run (share of all cores): busy %.0f%%, app JVM %.0f%%, app PostgreSQL %.0f%%, wrk %.0f%%, other processes %.0f%%, steal %.1f%%\n",
            100 * busy / t, 100 * app / t, 100 * pg / t, 100 * wrk / t, 100 * other / t, 100 * steal / t
    }' | tee -a "$RESULTS_DIR/ranking-$STAMP-$name.txt"
}

GZIP=(-H "Accept-Encoding: gzip")
run_wrk ranking "$BASE$RANKING_PATH" "${GZIP[@]}"
run_wrk filtered "$BASE$FILTERED_PATH" "${GZIP[@]}"
run_wrk csv "$BASE$CSV_PATH" "${GZIP[@]}"
run_wrk static "$BASE$STATIC_PATH" "${GZIP[@]}"

# summary FILE: requests/s, p50, p99, requests, non-2xx/3xx, socket errors summed, other-CPU share
summary() {
    local file=$1
    awk '
        /^Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = $2 }
        /^ +99%/ { p99 = $2 }
        /requests in/ { total = $1 }
        /Non-2xx or 3xx responses:/ { non2xx = $NF }
        /^CPU during run/ { other = $(NF - 2); sub(",", "", other) }
        /Socket errors:/ {
            gsub(",", "")
            errs = $4 + $6 + $8 + $10
        }
        END { printf "%s %s %s %s %d %d %s\n", rps, p50, p99, total, non2xx + 0, errs + 0, other }
    ' "$file"
}

echo
echo "== summary ($DURATION, $THREADS threads, $CONNECTIONS connections, $(nproc) cores, port $PORT, $GOVERNMENTS x 6 results)"
row_format='%-64s %12s %10s %10s %10s %8s %8s %10s\n'
# shellcheck disable=SC2059 # the format is ours
printf "$row_format" "endpoint" "requests/s" "p50" "p99" "requests" "non-2xx" "errors" "other-CPU"
read -r static_rps _ <<<"$(summary "$RESULTS_DIR/ranking-$STAMP-static.txt")"
for name in ranking filtered csv static; do
    case $name in
        ranking) path=$RANKING_PATH ;; filtered) path=$FILTERED_PATH ;; csv) path=$CSV_PATH ;; static) path=$STATIC_PATH ;;
    esac
    read -r rps p50 p99 total non2xx errs other <<<"$(summary "$RESULTS_DIR/ranking-$STAMP-$name.txt")"
    # shellcheck disable=SC2059
    printf "$row_format" "GET $path" "$rps" "$p50" "$p99" "$total" "$non2xx" "$errs" "$other"
    awk -v a="$rps" -v b="$static_rps" -v n="$name" 'BEGIN { if (b > 0) printf "    %s / static throughput: %.3f\n", n, a / b }'
done
echo "errors = wrk socket errors (connect/read/write/timeout); other-CPU = share of the machine used by"
echo "processes other than the app (JVM and its PostgreSQL) and wrk during the measured run"
echo "raw wrk output: $RESULTS_DIR/ranking-$STAMP-{ranking,filtered,csv,static}.txt"

if [[ "$PAGE_WEIGHT" == 1 ]]; then
    echo
    BASE_URL="$BASE" PAGE="$RANKING_PATH" "$ROOT/bench/page-weight.sh"
fi
