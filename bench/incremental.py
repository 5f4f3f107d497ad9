#!/usr/bin/env python3
"""Benchmark incremental builds of the README's main job (`brochure build content/quang-ngai`:
every publication and language, digital + print + previews), all in one invocation:

  full        a clean build into an empty output folder
  no-op       the same build again, nothing changed
  one word    one word of the English handbook changed (chapter 2, alternating between two
              words so every run is a change): only "qn-handbook en" may be built

    bench/incremental.py [--runs 5] [--brochure build/brochure] [--jobs N]

Prints the median wall time and CPU time (user + system, all processes) of each scenario and
their ratios to the full build's; on a shared machine the CPU figures are the steadier. The
content is copied to a scratch folder (layouts and fonts are found in the engine's tree), so the
sources are never edited. A measurement, not a test; but it stops if a no-op builds anything
or the one-word change builds anything but the English handbook."""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHAPTER = "handbook/02-economy.xml"
WORDS = ("Quảng Ngãi’s economy is built on industry.", "Quảng Ngãi’s economy is founded on industry.")
BUILT = re.compile(r"^\[\d+/\d+\] (\S+) (\S+): \d+ pages →", re.M)


def build(brochure, content, out, jobs):
    command = [str(brochure), "build", str(content), "--out", str(out)] + (["--jobs", str(jobs)] if jobs else [])
    start, before = time.monotonic(), os.times()
    result = subprocess.run(command, capture_output=True, text=True)
    wall, after = time.monotonic() - start, os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return wall, cpu, sorted(BUILT.findall(result.stdout))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brochure", default=ROOT / "build" / "brochure")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=0)
    options = parser.parse_args()

    times = {"full": [], "no-op": [], "one word": []}
    cpus = {name: [] for name in times}
    with tempfile.TemporaryDirectory(prefix="brochure-incremental-") as scratch:
        content = pathlib.Path(scratch) / "quang-ngai"
        shutil.copytree(ROOT / "content" / "quang-ngai", content)
        chapter = content / CHAPTER
        if WORDS[0] not in chapter.read_text(encoding="utf-8"):
            sys.exit(f"{CHAPTER} no longer has the sentence this benchmark edits: {WORDS[0]}")
        out = pathlib.Path(scratch) / "out"
        for run in range(options.runs):
            shutil.rmtree(out, ignore_errors=True)
            wall, cpu, built = build(options.brochure, content, out, options.jobs)
            times["full"].append(wall)
            cpus["full"].append(cpu)
            wall, cpu, built = build(options.brochure, content, out, options.jobs)
            if built:
                sys.exit(f"a no-op build built {built}")
            times["no-op"].append(wall)
            cpus["no-op"].append(cpu)
            text = chapter.read_text(encoding="utf-8")
            old, new = WORDS if run % 2 == 0 else WORDS[::-1]
            chapter.write_text(text.replace(old, new, 1), encoding="utf-8")
            wall, cpu, built = build(options.brochure, content, out, options.jobs)
            if built != [("qn-handbook", "en")]:
                sys.exit(f"a one-word change in English built {built}")
            times["one word"].append(wall)
            cpus["one word"].append(cpu)
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.3f} s" for k, v in times.items()), flush=True)

    full = statistics.median(times["full"])
    full_cpu = statistics.median(cpus["full"])
    print(f"\n{'scenario':10} {'wall s':>8} {'ratio':>7} {'CPU s':>8} {'ratio':>7}   (medians of {options.runs}; "
          f"CPU = user + system of all processes; load average {os.getloadavg()[0]:.1f})")
    for name, values in times.items():
        wall, cpu = statistics.median(values), statistics.median(cpus[name])
        print(f"{name:10} {wall:8.3f} {wall / full:7.3f} {cpu:8.3f} {cpu / full_cpu:7.3f}")


if __name__ == "__main__":
    main()
