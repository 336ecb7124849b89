# Shared by the benchmark scripts: timing a command several times, with peak memory.
# shellcheck shell=bash

# measure RUNS CMD... — runs CMD RUNS times (its output discarded, its exit status ignored:
# `wtsa check` exits 1 when it finds errors) and prints four numbers: the median wall time and
# the median CPU time (user + system) in seconds, the lowest wall time, and the highest peak
# resident set size in MiB. CPU time is the steadier figure on a machine shared with others.
measure() {
  local runs=$1
  shift
  local stats
  stats=$(mktemp)
  local i
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -o "$stats.one" -f '%U %S %M' "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    read -r user system peak <"$stats.one"
    echo "$(((end - start) / 1000)) $user $system $peak" >>"$stats"
  done
  awk '
    { wall[NR] = $1 / 1e6; cpu[NR] = $2 + $3; if ($4 > peak) peak = $4 }
    function median(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      n = NR; for (i = 1; i <= n; i++) w[i] = wall[i]
      m = median(w, n); c = median(cpu, n)
      min = wall[1]; for (i = 2; i <= n; i++) if (wall[i] < min) min = wall[i]
      printf "%.3f %.3f %.3f %.1f\n", m, c, min, peak / 1024
    }' "$stats"
  rm -f "$stats" "$stats.one"
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
