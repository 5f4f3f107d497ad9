#!/usr/bin/env python3
"""Benchmark the README's main job: `brochure build content/quang-ngai` (every publication and
language, digital + print + previews), against another build of the engine in the same
invocation. A measurement, not a test.

    bench/main_job.py --baseline OTHER/build/brochure [--runs 5] [--jobs N] [--brochure build/brochure]

Runs alternate between the two engines (baseline first in odd rounds, this one first in even
rounds), so the load other users put on a shared machine falls on both alike. Reported per
engine: median wall seconds and pages per second, median CPU seconds (user + system, all
processes) and pages per CPU second, peak RSS; then this engine's ratios over the baseline's
(> 1 is faster), the median of each round's ratio. On a busy machine trust the CPU ratio over the wall one. Both engines read the
same content (this tree's), and the last run's print and digital PDFs are compared byte for
byte."""
import argparse
import filecmp
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]


def run_once(brochure, content, jobs, out):
    shutil.rmtree(out, ignore_errors=True)
    command = ["/usr/bin/time", "-f", "TIME %e %U %S %M", str(brochure), "build", str(content), "--out", str(out)]
    if jobs:
        command += ["--jobs", str(jobs)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{brochure}: build failed:\n{result.stderr[-2000:]}")
    wall, user, system, rss_kb = re.search(r"TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", result.stderr).groups()
    pages = int(re.search(r"(\d+) pages,", result.stdout).group(1))
    return {"wall": float(wall), "cpu": float(user) + float(system), "rss": int(rss_kb), "pages": pages}


def differing_pdfs(a, b):
    names = sorted(p.relative_to(a) for p in a.rglob("*.pdf"))
    return [str(n) for n in names if not (b / n).exists() or not filecmp.cmp(a / n, b / n, shallow=False)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="the brochure binary to compare with")
    parser.add_argument("--brochure", default=ROOT / "build" / "brochure")
    parser.add_argument("--content", default=ROOT / "content" / "quang-ngai")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=0, help="--jobs for both (default: the engine's, one per core)")
    options = parser.parse_args()
    if not pathlib.Path("/usr/bin/time").exists():
        sys.exit("GNU time is missing: apt-get install time (setup.sh does)")

    engines = [("baseline", options.baseline), ("this", options.brochure)]
    samples = {label: [] for label, _ in engines}
    with tempfile.TemporaryDirectory(prefix="brochure-bench-") as scratch:
        for round in range(options.runs):
            for label, brochure in engines if round % 2 == 0 else reversed(engines):
                samples[label].append(run_once(brochure, options.content, options.jobs, pathlib.Path(scratch) / label))
        differing = differing_pdfs(pathlib.Path(scratch) / "baseline", pathlib.Path(scratch) / "this")

    jobs = f"--jobs {options.jobs}" if options.jobs else "default --jobs"
    print(f"{options.content}, digital + print + previews, {jobs}: median of {options.runs} alternating runs")
    print(f"{'engine':9} {'pages':>5} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'pages/CPU s':>11} {'peak RSS':>9}")
    medians = {}
    for label, _ in engines:
        runs = samples[label]
        m = {key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu", "rss")}
        pages = runs[0]["pages"]
        medians[label] = m
        print(f"{label:9} {pages:5d} {m['wall']:7.2f} {pages / m['wall']:8.1f} {m['cpu']:7.2f} "
              f"{pages / m['cpu']:11.1f} {m['rss'] / 1024:6.1f} MB")
    def paired(key):  # the median of each round's ratio: both runs of a round saw the same load
        return statistics.median(b[key] / t[key] for b, t in zip(samples["baseline"], samples["this"]))
    print(f"speed-up over the baseline (median of paired ratios): {paired('wall'):.2f}x wall, {paired('cpu'):.2f}x CPU")
    print("PDFs byte-identical to the baseline's" if not differing else f"PDFs that differ: {', '.join(differing)}")


if __name__ == "__main__":
    main()
