#!/usr/bin/env python3
"""Benchmark: build the sample handbook in all six languages and report pages, wall seconds,
pages per second and peak memory, median of N runs (GNU time). A measurement, not a test.

    bench/run.py [--runs 5] [--brochure build/brochure] [--publication content/quang-ngai/handbook.xml]
    bench/run.py --baseline OTHER/build/brochure --baseline-publication OTHER/content/quang-ngai/handbook.xml

With --baseline, both engines check the publication (lay out all six languages and preflight,
writing nothing: the layout time) and build its digital edition, on one thread, runs interleaved
so load on the machine falls on both alike; the ratio is this engine's median over the baseline's.

Scenarios: the digital edition alone on one thread (the engine's floor: 60 pages/s), print
alone, the digital edition with previews on one thread and on all cores, and everything
(digital + print + previews) on all cores. Ratios compare each scenario's time with the first.
Peak RSS is the largest process: with several cores each job runs in a worker process."""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

SCENARIOS = [
    ("digital, 1 thread", ["--edition", "digital", "--no-preview", "--jobs", "1"]),
    ("print, 1 thread", ["--edition", "print", "--no-preview", "--jobs", "1"]),
    ("digital+previews, 1 thread", ["--edition", "digital", "--preview", "--jobs", "1"]),
    ("digital+previews, all cores", ["--edition", "digital", "--preview"]),
    ("digital+print+previews, all cores", ["--edition", "all", "--preview"]),
]


def run_once(brochure, publication, args, out):
    shutil.rmtree(out, ignore_errors=True)
    command = ["/usr/bin/time", "-f", "TIME %e %M", str(brochure), "build", str(publication), "--out", str(out), *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-2000:]}")
    seconds, rss_kb = re.search(r"TIME ([\d.]+) (\d+)", result.stderr).groups()
    pages = int(re.search(r"(\d+) pages,", result.stdout).group(1))
    return float(seconds), int(rss_kb), pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--brochure", default=ROOT / "build" / "brochure")
    parser.add_argument("--publication", default=ROOT / "content" / "quang-ngai" / "handbook.xml")
    parser.add_argument("--baseline", help="another brochure binary to compare layout time with")
    parser.add_argument("--baseline-publication",
                        help="the publication for the baseline, when its layouts differ (default: --publication)")
    options = parser.parse_args()
    if not pathlib.Path("/usr/bin/time").exists():
        sys.exit("GNU time is missing: apt-get install time (setup.sh does)")

    if options.baseline:
        compare(options)
        return
    print(f"{options.publication} — {os.cpu_count()} cores, median of {options.runs} runs")
    print(f"{'scenario':38} {'pages':>5} {'wall s':>7} {'pages/s':>8} {'peak RSS':>9} {'ratio':>6}")
    base = None
    with tempfile.TemporaryDirectory(prefix="brochure-bench-") as scratch:
        for name, args in SCENARIOS:
            samples = [run_once(options.brochure, options.publication, args, pathlib.Path(scratch) / "out")
                       for _ in range(options.runs)]
            wall = statistics.median(s[0] for s in samples)
            rss = statistics.median(s[1] for s in samples)
            pages = samples[0][2]
            base = base or wall
            print(f"{name:38} {pages:5d} {wall:7.2f} {pages / wall:8.1f} {rss / 1024:7.1f} MB {wall / base:6.2f}")


def run_check(brochure, publication):
    command = ["/usr/bin/time", "-f", "TIME %e %M", str(brochure), "check", str(publication), "--jobs", "1"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"check failed:\n{result.stderr[-2000:]}")
    seconds, rss_kb = re.search(r"TIME ([\d.]+) (\d+)", result.stderr).groups()
    return float(seconds), int(rss_kb), int(re.search(r"(\d+) pages,", result.stdout).group(1))


def compare(options):
    engines = [("baseline", options.baseline, options.baseline_publication or options.publication),
               ("this", options.brochure, options.publication)]
    print(f"{options.publication} — median of {options.runs} interleaved runs, one thread")
    print(f"{'scenario':28} {'engine':9} {'pages':>5} {'wall s':>7} {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="brochure-bench-") as scratch:
        for name, run in [("layout (check), 1 thread", run_check),
                          ("digital, 1 thread", lambda b, p: run_once(b, p, SCENARIOS[0][1], pathlib.Path(scratch) / "out"))]:
            samples = {label: [] for label, _, _ in engines}
            for _ in range(options.runs):
                for label, brochure, publication in engines:
                    samples[label].append(run(brochure, publication))
            base = statistics.median(s[0] for s in samples["baseline"])
            for label, _, _ in engines:
                wall = statistics.median(s[0] for s in samples[label])
                print(f"{name:28} {label:9} {samples[label][0][2]:5d} {wall:7.2f} {wall / base:6.2f}")


if __name__ == "__main__":
    main()
