# Shared by the benchmark scripts: timing a command several times, with peak memory.
# shellcheck shell=bash

# measure RUNS CMD... — runs CMD RUNS times (its output discarded, its exit status ignored:
# `wtsa check` exits 1 when it finds errors) and prints four numbers: the median wall time and
# the median CPU time (user + system, of CMD and everything it runs) in seconds, the lowest
# wall time, and the highest peak resident set size of the command (GNU time) in MiB. CPU time is the
# steadier figure on a machine shared with others. Python's getrusage reads the times to the
# microsecond (GNU time's are to the hundredth of a second, too coarse for the JSON floor).
measure() {
  local runs=$1
  shift
  python3 - "$runs" "$@" <<'PY'
import os, resource, statistics, subprocess, sys, tempfile, time
runs, command = int(sys.argv[1]), sys.argv[2:]
walls, cpus, peak = [], [], 0
with tempfile.NamedTemporaryFile("r") as rss:
    # GNU time, a small C program, reports the peak of the command alone.
    timed = ["/usr/bin/time", "-f", "%M", "-o", rss.name, *command]
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(timed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        rss.seek(0)
        lines = [l for l in rss.read().split() if l.isdigit()]
        peak = max([peak] + [int(l) for l in lines])
print(f"{statistics.median(walls):.3f} {statistics.median(cpus):.3f} {min(walls):.3f} {peak / 1024:.1f}")
PY
}

# PIN: the prefix that runs a command on one core (CPU, default 0) when taskset exists, as the
# goals are stated; `measure RUNS "${PIN[@]}" CMD...`.
PIN=()
if command -v taskset >/dev/null 2>&1; then
  PIN=(taskset -c "${CPU:-0}")
fi

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

# corpus WTSA_CORPUS DIR SCALE SEED FORMAT — generates the corpus DIR (data/ and manifest.json)
# with the wtsa-corpus binary WTSA_CORPUS, unless a run already did.
corpus() {
  if [ ! -f "$2/manifest.json" ]; then
    "$1" --scale "$3" --seed "$4" --format "$5" --out "$2" >/dev/null
  fi
}
