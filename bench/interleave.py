#!/usr/bin/env python3
"""Times several commands in turn, round by round (A B C, A B C, ...), so that each round's
commands meet the same machine: on a shared machine whose speed drifts by half within a
minute, timing all the runs of one command and then all of the other measures the drift as
much as the commands. Prints, for each command, one line: the median wall time, the median
CPU time (user + system, of the command and everything it runs), the least CPU time, the peak
resident set size in MiB; then, for each command after the first, the median over rounds of
the first command's CPU time divided by that command's CPU time in the same round.

    bench/interleave.py RUNS CMD_A... :: CMD_B... [:: CMD_C...]
"""
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_timed(command, rss):
    """Runs `command` once, its output discarded, and returns its wall time and CPU time
    (user + system, of the command and everything it runs) in seconds, and its peak resident
    set size in KiB, which GNU time (a small C program, so the peak is the command's alone)
    writes to the open file `rss`. Exits on a run that did not do its work."""
    timed = ["/usr/bin/time", "-f", "%M", "-o", rss.name, *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(timed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    # 1 is `wtsa check` finding errors; 2 and above is a run that did not do its work, whose
    # time would mean nothing.
    if done.returncode >= 2:
        sys.exit(f"{' '.join(command)} exited {done.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    rss.seek(0)
    peak = max([0] + [int(l) for l in rss.read().split() if l.isdigit()])
    return wall, cpu, peak


def main() -> None:
    runs = int(sys.argv[1])
    commands, current = [], []
    for arg in sys.argv[2:]:
        if arg == "::":
            commands.append(current)
            current = []
        else:
            current.append(arg)
    commands.append(current)
    walls = [[] for _ in commands]
    cpus = [[] for _ in commands]
    peaks = [0 for _ in commands]
    with tempfile.NamedTemporaryFile("r") as rss:
        for _ in range(runs):
            for k, command in enumerate(commands):
                wall, cpu, peak = run_timed(command, rss)
                walls[k].append(wall)
                cpus[k].append(cpu)
                peaks[k] = max(peaks[k], peak)
    for k in range(len(commands)):
        print(
            f"{statistics.median(walls[k]):.3f} {statistics.median(cpus[k]):.3f} "
            f"{min(cpus[k]):.3f} {peaks[k] / 1024:.1f}"
        )
    for k in range(1, len(commands)):
        ratios = [a / b for a, b in zip(cpus[0], cpus[k]) if b > 0]
        print(f"{statistics.median(ratios):.2f}" if ratios else "n/a")


if __name__ == "__main__":
    main()
