#!/usr/bin/env python3
"""Benchmark: build the sample handbook in all six languages and report pages, wall seconds,
pages per second and peak memory, median of N runs (GNU time). A measurement, not a test.

    bench/run.py [--runs 5] [--brochure build/brochure] [--publication content/quang-ngai/handbook.xml]
                 [--compare OTHER_BROCHURE [--compare-publication FILE]] [--only digital]
    bench/run.py --main-job [--runs 3] [--compare OTHER_BROCHURE --compare-root OTHER_TREE]

Scenarios: layout alone (`brochure check`: every language laid out and preflighted, nothing
written), the digital edition alone on one thread (the engine's floor: 60 pages/s), print
alone, the digital edition with previews on one thread and on all cores, and everything
(digital + print + previews) on all cores. Ratios compare each scenario's time with the first
(layout).
Peak RSS is the largest process: with several cores each job runs in a worker process.
With --compare, every scenario also runs OTHER_BROCHURE (an earlier build), runs alternating,
and prints its median and the ratio this build / other; --only keeps the scenarios whose name
contains the text."""
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
    ("layout (check), 1 thread", "check", ["--jobs", "1"]),
    ("digital, 1 thread", "build", ["--edition", "digital", "--no-preview", "--jobs", "1"]),
    ("print, 1 thread", "build", ["--edition", "print", "--no-preview", "--jobs", "1"]),
    ("digital+previews, 1 thread", "build", ["--edition", "digital", "--preview", "--jobs", "1"]),
    ("digital+previews, all cores", "build", ["--edition", "digital", "--preview"]),
    ("digital+print+previews, all cores", "build", ["--edition", "all", "--preview"]),
]


def run_once(brochure, publication, verb, args, out):
    shutil.rmtree(out, ignore_errors=True)
    command = ["/usr/bin/time", "-f", "TIME %e %M", str(brochure), verb, str(publication), *args]
    if verb == "build":
        command += ["--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{verb} failed:\n{result.stderr[-2000:]}")
    seconds, rss_kb = re.search(r"TIME ([\d.]+) (\d+)", result.stderr).groups()
    pages = int(re.search(r"(\d+) pages,", result.stdout).group(1))
    return float(seconds), int(rss_kb), pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--brochure", default=ROOT / "build" / "brochure")
    parser.add_argument("--publication", default=ROOT / "content" / "quang-ngai" / "handbook.xml")
    parser.add_argument("--compare", help="another brochure binary to measure in the same runs")
    parser.add_argument("--compare-publication", help="the publication for --compare (content it reads)")
    parser.add_argument("--only", default="", help="scenarios whose name contains this")
    parser.add_argument("--main-job", action="store_true",
                        help="the README's main job in issue 15's scenarios instead (see bench/main_suite.py); "
                             "--compare OTHER_BROCHURE --compare-root OTHER_TREE runs an earlier engine beside it")
    parser.add_argument("--compare-root", help="with --main-job: the tree whose content, layouts and fonts "
                                               "--compare builds")
    options = parser.parse_args()
    if not pathlib.Path("/usr/bin/time").exists():
        sys.exit("GNU time is missing: apt-get install time (setup.sh does)")
    if options.main_job:
        import main_suite
        print(f"the README's main job, {os.cpu_count()} cores, median of {options.runs} rounds")
        with tempfile.TemporaryDirectory(prefix="brochure-bench-") as scratch:
            samples = main_suite.run(options.brochure, ROOT, options.compare,
                                     pathlib.Path(options.compare_root) if options.compare_root else None,
                                     options.runs, pathlib.Path(scratch))
        main_suite.report(samples, options.compare)
        return

    print(f"{options.publication} — {os.cpu_count()} cores, median of {options.runs} runs")
    print(f"{'scenario':38} {'pages':>5} {'wall s':>7} {'pages/s':>8} {'peak RSS':>9} {'ratio':>6}")
    base = None
    with tempfile.TemporaryDirectory(prefix="brochure-bench-") as scratch:
        for name, verb, args in SCENARIOS:
            if options.only not in name:
                continue
            samples, other = [], []
            for _ in range(options.runs):
                samples.append(run_once(options.brochure, options.publication, verb, args, pathlib.Path(scratch) / "out"))
                if options.compare:
                    other.append(run_once(options.compare, options.compare_publication or options.publication, verb, args,
                                          pathlib.Path(scratch) / "out"))
            wall = statistics.median(s[0] for s in samples)
            rss = statistics.median(s[1] for s in samples)
            pages = samples[0][2]
            base = base or wall
            print(f"{name:38} {pages:5d} {wall:7.2f} {pages / wall:8.1f} {rss / 1024:7.1f} MB {wall / base:6.2f}")
            if other:
                other_wall = statistics.median(s[0] for s in other)
                other_rss = statistics.median(s[1] for s in other)
                print(f"{'  ' + options.compare[-30:]:38} {pages:5d} {other_wall:7.2f} {pages / other_wall:8.1f} "
                      f"{other_rss / 1024:7.1f} MB   this/other {wall / other_wall:.2f}")


if __name__ == "__main__":
    main()
