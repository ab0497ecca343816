#!/usr/bin/env python3
"""The fleet benchmark: `joindoctor --fleet` on a folder of many inputs (scripts/make-fleet-inputs.py
makes one), on one core and on all, as wall time, throughput and peak memory, beside the goals:
10,000 inputs in at most 3 s on this 2-core machine, at most 200 MB peak.

    fleet_bench.py BUILD_DIR FOLDER [--runs 3] [--strict]

Each run writes the HTML report to a temporary file, as a technician would; the figure is the
median of the runs. --strict exits 1 when a goal is missed.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(joindoctor, folder, threads):
    out = tempfile.mktemp(suffix=".html")
    args = [joindoctor, "--fleet", folder, "--format", "html", "--out", out, "--lang", "en"]
    if threads:
        args += ["--threads", str(threads)]
    start = time.monotonic()
    # A child per run, so that its peak memory is its own (ru_maxrss of the waited-for child).
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(joindoctor, args)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    size = os.path.getsize(out) if os.path.exists(out) else 0
    if os.path.exists(out):
        os.remove(out)
    if code not in (0, 1, 3):
        raise SystemExit(f"joindoctor --fleet exited {code}")
    return seconds, usage.ru_maxrss / 1024.0, size  # ru_maxrss: KiB on Linux


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--strict", action="store_true")
    options = parser.parse_args()
    joindoctor = os.path.join(os.path.abspath(options.build), "app", "joindoctor")
    inputs = sum(len(files) for _, _, files in os.walk(options.folder))
    rows = []
    missed = False
    for threads, label in ((1, "one core"), (0, f"all cores ({os.cpu_count()})")):
        runs = [run_once(joindoctor, options.folder, threads) for _ in range(options.runs)]
        seconds = statistics.median(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        rows.append((f"--fleet {inputs} inputs, {label}: time", f"{seconds:.2f} s",
                     "≤ 3 s" if threads == 0 else "", seconds <= 3.0 if threads == 0 else None))
        rows.append((f"--fleet {inputs} inputs, {label}: throughput",
                     f"{inputs / seconds:,.0f}/s", "", None))
        rows.append((f"--fleet {inputs} inputs, {label}: peak RSS", f"{peak:.0f} MiB",
                     "≤ 200 MB", peak * 1.048576 <= 200))
        rows.append((f"--fleet {inputs} inputs, {label}: HTML report",
                     f"{runs[0][2] / 1048576:.1f} MiB", "", None))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>12}  {'goal':>9}  result")
    for measure, figure, goal, met in rows:
        result = "" if met is None else ("met" if met else "MISSED")
        missed = missed or met is False
        print(f"{measure:<{width}}  {figure:>12}  {goal:>9}  {result}")
    return 1 if (missed and options.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
