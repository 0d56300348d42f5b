#!/usr/bin/env bash
# HTTP load run of OPD operators: 200 simulated operators (one thread each, their own personal access
# token) saving draft answers and uploading ~1 MB evidence PDFs, measured 60 s, with baselines of the
# same app and threads (a static file, an authenticated no-op API call) measured in the same run.
#
# Build the jar first (this script builds only the driver, in test sources):
#   ./mvnw -q -DskipTests package
#   bench/load-operators.sh
#
# It compiles the driver (src/test/java/id/sinergi/bench/OperatorLoad.java), starts the jar on a fresh
# data directory (embedded PostgreSQL, demo data) and a free port, waits for GET /api/v1/frameworks,
# then runs the driver (./mvnw -Pbench exec:exec@operators), which prepares everything over HTTP
# (admin and operator tokens, period, OPDs, invitations, assignments), runs the warm-up, the measured
# run and the baselines, and prints requests/s, p50/p90/p99, errors and the CPU shares of app,
# PostgreSQL, driver and other processes. The app is stopped and its data directory removed on exit.
# Driver output, latency samples and the app log go to bench/results/ (git-ignored).
#
# Environment (defaults):
#   JAR=target/sinergi-0.1.0-SNAPSHOT.jar  PORT=18081  WARMUP=20  DURATION=60  BASELINE_WARMUP=5
#   BASELINE=15  GOVERNMENTS=76.04,75,75.71,76.05,76.02  OPDS=40  INDICATORS_PER_OPD=2  UPLOAD_EVERY=5
#   IMAGE_SIDE=1024 (PDF of IMAGE_SIDE^2 bytes of image + ~1 KB)  PREP_THREADS=8  RESULTS_DIR=bench/results
#   JAVA_OPTS= (app JVM)  READY_TIMEOUT=180  COMPILE=1 (0: use the driver already in target/test-classes)
# Operators = number of GOVERNMENTS x OPDS (5 x 40 = 200). Durations in seconds.
#
# Needs java and curl. Only ever targets 127.0.0.1. Needs ~2-3 GB free under $TMPDIR for the evidence.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$ROOT/target/sinergi-0.1.0-SNAPSHOT.jar}"
PORT="${PORT:-18081}"
WARMUP="${WARMUP:-20}"
DURATION="${DURATION:-60}"
BASELINE_WARMUP="${BASELINE_WARMUP:-5}"
BASELINE="${BASELINE:-15}"
GOVERNMENTS="${GOVERNMENTS:-76.04,75,75.71,76.05,76.02}"
OPDS="${OPDS:-40}"
INDICATORS_PER_OPD="${INDICATORS_PER_OPD:-2}"
UPLOAD_EVERY="${UPLOAD_EVERY:-5}"
IMAGE_SIDE="${IMAGE_SIDE:-1024}"
PREP_THREADS="${PREP_THREADS:-8}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
COMPILE="${COMPILE:-1}"
BASE="http://127.0.0.1:$PORT"

for tool in java curl; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found" >&2; exit 1; }
done
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
OUT="$RESULTS_DIR/operators-$STAMP.txt"
APP_LOG="$RESULTS_DIR/operators-$STAMP-app.log"
SAMPLES="$RESULTS_DIR/operators-$STAMP-latencies.csv"

if [[ "$COMPILE" == 1 ]]; then
    echo "compiling the driver (./mvnw -q -Pbench test-compile)"
    "$ROOT/mvnw" -q -f "$ROOT/pom.xml" -Pbench test-compile
fi

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

{
    echo "load-operators $STAMP: commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (modified)'),"
    echo "  $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
    echo "  load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "  GOVERNMENTS=$GOVERNMENTS OPDS=$OPDS INDICATORS_PER_OPD=$INDICATORS_PER_OPD UPLOAD_EVERY=$UPLOAD_EVERY"
    echo "  IMAGE_SIDE=$IMAGE_SIDE WARMUP=$WARMUP DURATION=$DURATION BASELINE_WARMUP=$BASELINE_WARMUP BASELINE=$BASELINE"
} | tee "$OUT"

echo "starting $JAR on port $PORT (data: $DATA_DIR, log: $APP_LOG)" | tee -a "$OUT"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
SINERGI_DATA_DIR="$DATA_DIR" PORT="$PORT" SINERGI_DEMO=true java ${JAVA_OPTS:-} -jar "$JAR" >"$APP_LOG" 2>&1 &
APP_PID=$!

start=$SECONDS
until curl -fs -o /dev/null --max-time 2 "$BASE/api/v1/frameworks"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "error: the app exited during startup; last lines of $APP_LOG:" >&2
        tail -n 30 "$APP_LOG" >&2
        exit 1
    fi
    if (( SECONDS - start > READY_TIMEOUT )); then
        echo "error: GET /api/v1/frameworks did not answer within ${READY_TIMEOUT}s" >&2
        tail -n 30 "$APP_LOG" >&2
        exit 1
    fi
    sleep 1
done
# The demo data are seeded when the app is ready; wait until the admin can sign in (its page exists).
sleep 2
echo "app ready after $(( SECONDS - start )) s" | tee -a "$OUT"

ARGS="--base=$BASE --app-pid=$APP_PID --data-dir=$DATA_DIR --samples=$SAMPLES --governments=$GOVERNMENTS"
ARGS+=" --opds=$OPDS --indicators-per-opd=$INDICATORS_PER_OPD --upload-every=$UPLOAD_EVERY --image-side=$IMAGE_SIDE"
ARGS+=" --warmup=$WARMUP --duration=$DURATION --baseline-warmup=$BASELINE_WARMUP --baseline=$BASELINE"
ARGS+=" --prep-threads=$PREP_THREADS"
set +e
"$ROOT/mvnw" -q -f "$ROOT/pom.xml" -Pbench exec:exec@operators -Dload.args="$ARGS" 2>&1 | tee -a "$OUT"
status=${PIPESTATUS[0]}
set -e

{
    echo
    echo "evidence stored: $(find "$DATA_DIR/evidence" -type f -not -path '*/.tmp/*' | wc -l) files," \
        "$(du -sh "$DATA_DIR/evidence" | cut -f1); database: $(du -sh "$DATA_DIR/postgres" | cut -f1)"
    echo "app log: $(grep -c ' ERROR ' "$APP_LOG" || true) ERROR lines, $(grep -c ' WARN ' "$APP_LOG" || true) WARN lines ($APP_LOG)"
    echo "driver output: $OUT; latency samples: $SAMPLES"
} | tee -a "$OUT"
exit "$status"
