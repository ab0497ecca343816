#!/usr/bin/env python3
"""Runs JoinDoctor's process-level benchmarks and prints one table with the goal beside each figure.

Everything runs on the offscreen platform with a private HOME, so the machine's own settings and
log folder play no part. Machines here are noisy, so the start-up goals are ratios against
baselines built in the same tree, measured alternately in one run.

    bench/harness.py BUILD_DIR [--runs N] [--strict] [--analysis-json FILE]

--analysis-json takes Google Benchmark's JSON output (joindoctor_analysis_bench) for the table.
--strict exits 1 when a goal is missed.
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
FULL_CAPTURE = os.path.join(SOURCE, "fuzz", "corpus", "capture_bundle", "vpn-user.jdcapture")


class Machine:
    """A private environment for the runs: offscreen Qt, a temporary HOME and runtime folder."""

    def __init__(self):
        self.home = tempfile.mkdtemp(prefix="jd-bench-")
        self.env = dict(os.environ)
        for name in ("DISPLAY", "WAYLAND_DISPLAY"):
            self.env.pop(name, None)
        self.env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": self.home,
                         "XDG_DATA_HOME": self.home, "XDG_CONFIG_HOME": self.home,
                         "XDG_RUNTIME_DIR": self.home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        os.chmod(self.home, 0o700)

    def run(self, args, timeout=60):
        """Runs a process; returns (seconds, exit code, stdout)."""
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        out = b""
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        return time.perf_counter() - start, proc.returncode, out

    def peak_rss_mib(self, args, timeout=60):
        """Runs a process and returns (peak RSS in MiB, exit code) from the kernel's accounting."""
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_RDWR)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            try:
                os.execve(args[0], args, self.env)
            finally:
                os._exit(127)
        deadline = time.time() + timeout
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                return usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)
            if time.time() > deadline:
                os.kill(pid, 9)
            time.sleep(0.01)

    def cleanup(self):
        shutil.rmtree(self.home, ignore_errors=True)


class BlackHole:
    """A TCP server on 127.0.0.1 that accepts every connection and never sends a byte."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self):
        self.sock.close()
        for conn in self.held:
            conn.close()


def alternate(machine, first, second, runs, first_ok=(0,)):
    """Median wall times of two commands run alternately (noise hits both alike)."""
    a, b = [], []
    for _ in range(runs):
        for args, times, ok in ((first, a, first_ok), (second, b, (0,))):
            seconds, code, _ = machine.run(args)
            if code not in ok:
                raise SystemExit(f"{' '.join(args)} exited {code}")
            times.append(seconds)
    return statistics.median(a), statistics.median(b)


def tree_size(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def heartbeat_row(machine, bench, verbose=False):
    """The longest gap of the GUI thread's 5 ms heartbeat, worst of 5 runs of the wizard."""
    gaps = []
    for _ in range(5):
        _, code, out = machine.run([os.path.join(bench, "joindoctor_gui_heartbeat"), FULL_CAPTURE])
        if code != 0:
            raise SystemExit(f"gui_heartbeat exited {code}")
        run = json.loads(out)
        if verbose:  # where each run's longest gap ended, to find the culprit
            print(f"  {run['longestGapMs']:.1f} ms, ending at {run['endedAtMs']:.0f} ms "
                  f"on page {run['pageAfterGap']}", file=sys.stderr)
        gaps.append(run["longestGapMs"])
    return ("GUI thread: longest 5 ms heartbeat gap (worst of 5)", f"{max(gaps):.1f} ms",
            "≤ 16 ms", max(gaps) <= 16.0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--analysis-json")
    parser.add_argument("--only", choices=["startup", "heartbeat"],
                        help="only the start-up ratio or the GUI heartbeat (for profiling a change)")
    options = parser.parse_args()
    build = os.path.abspath(options.build)
    joindoctor = os.path.join(build, "app", "joindoctor")
    bench = os.path.join(build, "bench")
    machine = Machine()
    rows = []  # (measure, figure, goal, met)

    try:
        if options.analysis_json:
            with open(options.analysis_json) as f:
                report = json.load(f)
            scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0}
            for b in report["benchmarks"]:
                name = b.get("run_name", b["name"])
                if (name == "dsregParser/large" and b.get("aggregate_name", "median") == "median"
                        and "bytes_per_second" in b):
                    mbs = b["bytes_per_second"] / 1e6
                    rows.append(("dsregcmd parser, 2 MiB of outputs (median)", f"{mbs:.0f} MB/s",
                                 "≥ 100 MB/s", mbs >= 100))
                if name.startswith("wholeAnalysis/") and b.get("aggregate_name", "median") == "median":
                    ms = b["real_time"] * scale[b["time_unit"]]
                    rows.append((f"analysis, {name.split('/', 1)[1]} (parse, checks, JSON; median)",
                                 f"{ms:.2f} ms", "≤ 5 ms", ms <= 5.0))

        if options.only == "heartbeat":
            rows.append(heartbeat_row(machine, bench, verbose=True))
            return print_table(rows, options.strict)

        wizard, baseline = alternate(
            machine, [joindoctor, "--demo", "healthy", "--exit-after-first-paint"],
            [os.path.join(bench, "joindoctor_startup_baseline")], options.runs)
        rows.append(("start-up to first paint: joindoctor", f"{wizard * 1000:.0f} ms", "", None))
        rows.append(("start-up to first paint: minimal QWizard", f"{baseline * 1000:.0f} ms", "", None))
        rows.append(("start-up ratio", f"{wizard / baseline:.2f}×", "≤ 1.3×", wizard / baseline <= 1.3))
        if options.only == "startup":
            return print_table(rows, options.strict)

        analyze, core = alternate(
            machine, [joindoctor, "--analyze", FULL_CAPTURE, "--format", "json"],
            [os.path.join(bench, "joindoctor_analyze_baseline"), FULL_CAPTURE], options.runs,
            first_ok=(0, 1, 3))  # healthy, a problem found, not enough information
        rows.append(("--analyze process: joindoctor", f"{analyze * 1000:.1f} ms", "", None))
        rows.append(("--analyze process: minimal QCoreApplication", f"{core * 1000:.1f} ms", "", None))
        rows.append(("--analyze ratio", f"{analyze / core:.2f}×", "≤ 2×", analyze / core <= 2.0))

        hole = BlackHole()
        timeout_ms = 2000
        url = f"https://127.0.0.1:{hole.port}/"
        args = [joindoctor, "--probe-connectivity", "--proxy", "direct", "--timeout-ms",
                str(timeout_ms), "--format", "json"]
        for kind in ("login", "device-login", "drs-discovery", "autologon", "openid-configuration"):
            args += ["--endpoint", f"{kind}={url}"]
        worst = 0.0
        for _ in range(3):
            seconds, code, out = machine.run(args)
            causes = {e["cause"] for e in json.loads(out)["endpoints"]}
            if code != 1 or causes != {"timeout"}:
                raise SystemExit(f"black-holed probe: exit {code}, causes {causes}")
            worst = max(worst, seconds)
        hole.close()
        limit = timeout_ms / 1000 + 0.5
        rows.append((f"5 endpoints black-holed, time-out {timeout_ms} ms (worst of 3)",
                     f"{worst:.2f} s", f"≤ {limit:.1f} s", worst <= limit))

        rows.append(heartbeat_row(machine, bench))

        shots = tempfile.mkdtemp(prefix="jd-shots-")
        gui_rss, code = machine.peak_rss_mib([joindoctor, "--capture", FULL_CAPTURE,
                                              "--screenshots", shots, "--overwrite"])
        shutil.rmtree(shots, ignore_errors=True)
        if code != 0:
            raise SystemExit(f"--screenshots exited {code}")
        rows.append(("peak RSS, GUI after every step and page", f"{gui_rss:.1f} MiB", "≤ 80 MB",
                     gui_rss * 1.048576 <= 80))
        analyze_rss, _ = machine.peak_rss_mib([joindoctor, "--analyze", FULL_CAPTURE, "--format",
                                               "json"])
        rows.append(("peak RSS, --analyze", f"{analyze_rss:.1f} MiB", "≤ 30 MB",
                     analyze_rss * 1.048576 <= 30))

        binary = os.path.getsize(joindoctor)
        stripped_path = os.path.join(machine.home, "joindoctor.stripped")
        subprocess.run(["strip", "-o", stripped_path, joindoctor], check=True)
        rows.append(("release binary (as built / stripped)",
                     f"{binary / 1048576:.1f} / {os.path.getsize(stripped_path) / 1048576:.1f} MiB",
                     "report", None))
        prefix = os.path.join(machine.home, "install")
        subprocess.run(["cmake", "--install", build, "--prefix", prefix, "--strip"], check=True,
                       stdout=subprocess.DEVNULL)
        rows.append(("installed tree (cmake --install --strip)",
                     f"{tree_size(prefix) / 1048576:.1f} MiB", "report", None))
    finally:
        machine.cleanup()
    return print_table(rows, options.strict)


def print_table(rows, strict):
    """Prints the table; with strict, 1 when a goal was missed."""
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>14}  {'goal':>8}  result")
    for measure, figure, goal, met in rows:
        result = "" if met is None else ("met" if met else "MISSED")
        print(f"{measure:<{width}}  {figure:>14}  {goal:>8}  {result}")
    missed = [r for r in rows if r[3] is False]
    return 1 if missed and strict else 0


if __name__ == "__main__":
    sys.exit(main())
