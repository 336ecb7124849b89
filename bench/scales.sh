#!/usr/bin/env bash
# Whole-process figures for `wtsa check` and the parse-only floor at each scale factor: median
# wall and CPU time on one core, peak memory, the ratio to the floor (the median of each round's
# ratio: the commands run in turn, round by round, bench/interleave.py), and a check that the
# findings are exactly the planted ones. See docs/PERFORMANCE.md.
#
#   bench/scales.sh                      # scales 1 10 100, YAML, 5 runs each
#   SCALES="1 10" RUNS=3 FORMAT=json bench/scales.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

SCALES=${SCALES:-"1 10 100"}
RUNS=${RUNS:-5}
FORMAT=${FORMAT:-yaml}
SEED=${SEED:-1}
TARGET=${CARGO_TARGET_DIR:-target}
CORPUS_DIR=${CORPUS_DIR:-$TARGET/bench-corpus}

cargo build --release -q -p wtsa-cli -p wtsa-bench
WTSA=$TARGET/release/wtsa
CORPUS=$TARGET/release/wtsa-corpus

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "runs per figure: $RUNS, pinned to CPU ${CPU:-0}, format $FORMAT, seed $SEED"
echo
printf '| scale | files | MiB | check wall s | check CPU s | floor wall s | floor CPU s | check/floor (CPU) | least CPU check/floor | check peak MiB | floor peak MiB | held floor CPU s | check/held floor (CPU) | held floor peak MiB | findings |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for scale in $SCALES; do
  dir=$CORPUS_DIR/$FORMAT-$scale-$SEED
  corpus "$CORPUS" "$dir" "$scale" "$SEED" "$FORMAT"
  "$WTSA" check --format json --fail-on never "$dir/data" >"$dir/report.json"
  findings=$("$CORPUS" verify --manifest "$dir/manifest.json" "$dir/report.json" | tail -1)
  mib=$(du -sm "$dir/data" | cut -f1)
  files=$(find "$dir/data" -type f | wc -l)
  # The check, the floor and the held floor (which keeps every document, as a check must hold
  # its dataset) in turn, round by round: the ratios are of runs that met the same machine.
  {
    read -r cw cc cl cp
    read -r fw fc fl fp
    read -r _ hc _ hp
    read -r floor_ratio
    read -r held_ratio
  } < <(bench/interleave.py "$RUNS" "${PIN[@]}" "$WTSA" check --format json --fail-on never "$dir/data" \
    :: "${PIN[@]}" "$CORPUS" parse "$dir/data" :: "${PIN[@]}" "$CORPUS" parse --keep "$dir/data")
  printf '| %s× | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$scale" "$files" "$mib" "$cw" "$cc" "$fw" "$fc" "$floor_ratio" "$(ratio "$cl" "$fl")" "$cp" "$fp" \
    "$hc" "$held_ratio" "$hp" "$findings"
done
