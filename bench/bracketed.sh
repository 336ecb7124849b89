#!/usr/bin/env bash
# The JSON check/floor CPU ratio round by round, each round bracketed by the floor: floor,
# check, floor, pinned to one core (CPU, default 0). This machine's speed swings by half
# within minutes, and the ratio with it (docs/PERFORMANCE.md, issue 12). A round whose two
# floors agree (within AGREE, 5% by default) met one state of the machine throughout, so its
# ratio belongs to that state, and the floor's time says which. Prints every round as it ends,
# then the agreeing rounds' ratios by the floor's time. Where bench/scales.sh gives one median
# over whatever states its runs met, this gives the ratio of each state met, fast ones too.
#
#   bench/bracketed.sh                              # 100x, 60 rounds
#   ROUNDS=400 bench/bracketed.sh > /tmp/bracketed.txt
#
# A round waits while a file matching BUSY (default /tmp/busy*) exists: touch one around builds.
#
# To compare a change with what it changes, in the same states of the machine: BASE names
# another build's directory (holding its `wtsa` and `wtsa-corpus`), whose floor, check, floor
# run in each round beside this build's, first in every other round; a round is kept when
# both builds' floors agree, so both tables come from the same rounds.
#
#   BASE=/tmp/before/release SCALE=100 ROUNDS=40 bench/bracketed.sh
set -euo pipefail
# A relative BASE is the caller's, not the repository's.
if [ -n "${BASE:-}" ]; then
  BASE=$(cd "$BASE" && pwd)
fi
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

SCALE=${SCALE:-100}
ROUNDS=${ROUNDS:-60}
AGREE=${AGREE:-0.05}
BUSY=${BUSY:-/tmp/busy*}
SEED=${SEED:-1}
TARGET=${CARGO_TARGET_DIR:-target}
CORPUS_DIR=${CORPUS_DIR:-$TARGET/bench-corpus}
dir=$CORPUS_DIR/json-$SCALE-$SEED

cargo build --release -q -p wtsa-cli -p wtsa-bench
corpus "$TARGET/release/wtsa-corpus" "$dir" "$SCALE" "$SEED" json

python3 - "$ROUNDS" "$AGREE" "$BUSY" "${CPU:-0}" "$TARGET/release" "$dir/data" "$SCALE" "${BASE:-}" <<'PY'
import glob, shutil, statistics, sys, tempfile, time

# One timed run as bench/interleave.py (and so bench/scales.sh) times it.
sys.path.insert(0, "bench")
from interleave import run_timed

rounds, agree, busy, cpu, release, data, scale, base = sys.argv[1:9]
rounds, agree = int(rounds), float(agree)
pin = ["taskset", "-c", cpu] if shutil.which("taskset") else []
builds = [("this build", release)] + ([("BASE", base)] if base else [])
rss = tempfile.NamedTemporaryFile("r")


def seconds(command):
    """The command's CPU time (user + system)."""
    return run_timed(command, rss)[1]


kept = {name: [] for name, _ in builds}
for round_number in range(rounds):
    while glob.glob(busy):
        time.sleep(10)
    # Each build first in every other round: neither always meets what the other left.
    order = builds if round_number % 2 == 0 else builds[::-1]
    measured = {}
    for name, directory in order:
        check = [*pin, f"{directory}/wtsa", "check", "--format", "json", "--fail-on", "never", data]
        floor = [*pin, f"{directory}/wtsa-corpus", "parse", data]
        before, middle, after = seconds(floor), seconds(check), seconds(floor)
        spread = abs(before - after) / min(before, after)
        ratio = middle / ((before + after) / 2)
        label = f"{name}: " if base else ""
        print(
            f"{time.strftime('%H:%M:%S', time.gmtime())} {label}floor {before:.3f} check {middle:.3f} "
            f"floor {after:.3f} ratio {ratio:.3f} floors apart {spread:.3f}",
            flush=True,
        )
        measured[name] = (spread, ((before + after) / 2, ratio, middle))
    if all(spread <= agree for spread, _ in measured.values()):
        for name, (_, row) in measured.items():
            kept[name].append(row)

# Bands of the floor's time at 100x (about 1.0 s in a fast spell, 2.1 s in a slow one),
# scaled to the scale measured.
edges = [e * int(scale) / 100 for e in (0, 1.2, 1.35, 1.5, 1.7, 1.9, 2.1)] + [float("inf")]
for name, _ in builds:
    rows = kept[name]
    title = f" ({name})" if base else ""
    together = " (both builds' floors)" if base else ""
    print(f"\n{len(rows)} of {rounds} rounds with floors within {agree:.0%} of each other{together}{title}")
    if base and rows:
        print(
            f"median check {statistics.median(r[2] for r in rows):.3f} s, "
            f"floor {statistics.median(r[0] for r in rows):.3f} s, "
            f"check/floor {statistics.median(r[1] for r in rows):.3f}"
        )
    print("| floor CPU s | rounds | check/floor median | least | most |")
    print("|---|---|---|---|---|")
    for low, high in zip(edges, edges[1:]):
        ratios = [r for f, r, _ in rows if low <= f < high]
        if ratios:
            span = f"{low:.3f}–{high:.3f}" if high != float("inf") else f"{low:.3f} and over"
            print(
                f"| {span} | {len(ratios)} | {statistics.median(ratios):.2f} "
                f"| {min(ratios):.2f} | {max(ratios):.2f} |"
            )
PY
