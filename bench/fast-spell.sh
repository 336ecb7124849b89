#!/usr/bin/env bash
# Waits for a fast spell of this (shared) machine, then runs bench/scales.sh in it.
#
# On this machine the parse-only floor's CPU time at 100x swings between about 1.0 s (fast
# spells) and 2.1 s (slow ones), and the JSON check/floor ratio is highest in the fast spells
# (docs/PERFORMANCE.md, issue 12). A ratio is only worth quoting with the spell it was taken
# in. This script times the 100x JSON floor every INTERVAL seconds and, the first time it
# runs under FAST seconds of CPU CONFIRM times in a row (a fast spell can last less than a
# scales run: one fast probe once started a run whose floor took 1.88 s), runs
# `RUNS=$RUNS FORMAT=json bench/scales.sh` and stops. Every probe is printed with its time, so
# a run that never meets a fast spell says so; the scales' floor column says which spell the
# ratios are of.
#
#   bench/fast-spell.sh                          # probe every 120 s, fast below 1.25 s
#   FAST=1.2 INTERVAL=60 RUNS=11 bench/fast-spell.sh > /tmp/fast.txt
#
# A probe is skipped while the file BUSY (default /tmp/busy) exists: touch it around builds.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

FAST=${FAST:-1.25}
INTERVAL=${INTERVAL:-120}
RUNS=${RUNS:-11}
CONFIRM=${CONFIRM:-3}
BUSY=${BUSY:-/tmp/busy}
TARGET=${CARGO_TARGET_DIR:-target}
CORPUS_DIR=${CORPUS_DIR:-$TARGET/bench-corpus}
dir=$CORPUS_DIR/json-100-1

cargo build --release -q -p wtsa-cli -p wtsa-bench
corpus "$TARGET/release/wtsa-corpus" "$dir" 100 1 json

# The 100x floor's CPU time, in seconds, on the core the scales pin to (`measure`'s second
# figure).
probe() {
  local cpu
  read -r _ cpu _ _ < <(measure 1 "${PIN[@]}" "$TARGET/release/wtsa-corpus" parse "$dir/data")
  echo "$cpu"
}

fast=0
while true; do
  if [ -e "$BUSY" ]; then
    fast=0
    sleep "$INTERVAL"
    continue
  fi
  cpu=$(probe)
  echo "$(date -u +%H:%M:%S) floor at 100x: $cpu s of CPU (fast below $FAST)"
  if awk -v cpu="$cpu" -v fast="$FAST" 'BEGIN { exit !(cpu < fast) }'; then
    fast=$((fast + 1))
    if [ "$fast" -ge "$CONFIRM" ]; then
      echo "fast spell ($CONFIRM probes in a row): RUNS=$RUNS FORMAT=json bench/scales.sh"
      RUNS=$RUNS FORMAT=json bench/scales.sh
      exit 0
    fi
    # The next probe at once: a spell is confirmed, or not, while it lasts.
    continue
  fi
  fast=0
  sleep "$INTERVAL"
done
