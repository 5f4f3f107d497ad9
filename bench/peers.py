#!/usr/bin/env python3
"""Benchmark on the peers' six-language corpus (../shared/bench/, issue 15): the engine against a
bare Pango + HarfBuzz + Cairo loop that does no real layout (`pango_limit.c`), in one invocation,
runs alternating, so the machine's load hits both alike. A measurement, never a test.

    bench/peers.py [--runs 3] [--brochure build/brochure] [--shared ../shared/bench]
    bench/peers.py --memory [--pages 50,2000]

CPU time (user + system of the process and its workers, from the kernel's accounting of waited-for
children) for:
  - the bare loop over the six languages' flat files;
  - the engine's digital edition of the same content (one publication, six languages, one job at a
    time, no previews);
  - digital + print without previews.
Printed: medians, and each median over the bare loop's (issue 15 asks digital + print ≤ 1.8×).

--memory builds the English part alone, repeated to about each page count of --pages, digital +
print, and samples every process of the build every 20 ms for its anonymous resident memory
(/proc/PID/status RssAnon: the heap and the document, not the mapped font files); issue 15 asks the
longest document's peak within 1.5× the shortest's.

The corpus is generated into build/bench-peers/ (never committed): under the project's root, so
the engine finds layouts/ as it does for content/."""
import argparse
import os
import pathlib
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bench-peers"
LANGS = ["vi", "en", "zh", "ru", "ko", "ja"]


def prepare(shared, brochure_langs, repeat, name):
    """The corpus, the publication (`name`.xml) and the bare loop's binary; returns their paths."""
    corpus = WORK / "corpus"
    if not (corpus / "en.json").exists():
        subprocess.run([sys.executable, shared / "gen.py", corpus], check=True, capture_output=True)
    content = WORK / "content"
    content.mkdir(parents=True, exist_ok=True)
    publication = content / f"{name}.xml"
    subprocess.run([sys.executable, shared / "to_brochure.py", corpus, publication, "--langs", ",".join(brochure_langs),
                    "--repeat", str(repeat), "--id", name], check=True, capture_output=True)
    loop = WORK / "pango_limit"
    if not loop.exists():
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "pangocairo"], check=True, capture_output=True,
                               text=True).stdout.split()
        subprocess.run(["gcc", "-O2", "-o", loop, shared / "pango_limit.c", *flags], check=True)
    return corpus, publication, loop


def cpu_seconds(command):
    """(CPU seconds of `command` and every child it waited for, its stdout + stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed:\n{result.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stdout + result.stderr


def bare_loop(loop, corpus):
    seconds, pages = 0.0, 0
    for lang in LANGS:
        s, out = cpu_seconds([str(loop), str(corpus / f"{lang}.txt"), str(WORK / "pango" / f"{lang}.pdf")])
        seconds += s
        pages += int(re.search(r"(\d+)", out).group(1))
    return seconds, pages


def engine(brochure, publication, edition):
    seconds, out = cpu_seconds([str(brochure), "build", str(publication), "--edition", edition, "--no-preview",
                                "--jobs", "1", "--rebuild", "--out", str(WORK / "out")])
    return seconds, int(re.search(r"(\d+) pages,", out).group(1))


def cpu_comparison(options):
    corpus, publication, loop = prepare(options.shared, LANGS, 1, "peers")
    (WORK / "pango").mkdir(exist_ok=True)
    scenarios = [("bare Pango loop (pango_limit)", lambda: bare_loop(loop, corpus)),
                 ("engine: digital", lambda: engine(options.brochure, publication, "digital")),
                 ("engine: digital + print", lambda: engine(options.brochure, publication, "all"))]
    samples = {name: [] for name, _ in scenarios}
    pages = {}
    for _ in range(options.runs):
        for name, measure in scenarios:
            seconds, pages[name] = measure()
            samples[name].append(seconds)
    print(f"peers' corpus, six languages, one job at a time, median CPU of {options.runs} alternating runs")
    print(f"{'scenario':32} {'pages':>6} {'CPU s':>7} {'pages/CPU s':>12} {'÷ bare loop':>12}")
    base = statistics.median(samples[scenarios[0][0]])
    for name, _ in scenarios:
        cpu = statistics.median(samples[name])
        print(f"{name:32} {pages[name]:6d} {cpu:7.2f} {pages[name] / cpu:12.1f} {cpu / base:11.2f}×")


def tree_of(pid):
    """pid and its descendants, from /proc/PID/task/*/children."""
    found, queue = [], [pid]
    while queue:
        p = queue.pop()
        found.append(p)
        for task in pathlib.Path(f"/proc/{p}/task").glob("*"):
            try:
                queue += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return found


def rss_anon_kb(pid):
    try:
        return int(re.search(r"RssAnon:\s+(\d+)", pathlib.Path(f"/proc/{pid}/status").read_text()).group(1))
    except (OSError, AttributeError):
        return 0


def peak_anonymous(command):
    """(largest RssAnon of any one process of the build, in kB; the build's output)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            for pid in tree_of(process.pid):
                peak = max(peak, rss_anon_kb(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out = process.communicate()[0]
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"build failed:\n{out[-2000:]}")
    return peak, out


def memory_comparison(options):
    targets = [int(p) for p in options.pages.split(",")]
    _, one, _ = prepare(options.shared, ["en"], 1, "peers-en-x1")
    _, pages_once = engine(options.brochure, one, "digital")
    print(f"peers' corpus, English alone: {pages_once} pages once; digital + print, one job, peak RssAnon of "
          f"the largest process (median of {options.runs})")
    print(f"{'pages':>6} {'peak RssAnon':>14} {'÷ first':>8}")
    first = None
    for target in targets:
        repeat = max(1, round(target / pages_once))
        _, publication, _ = prepare(options.shared, ["en"], repeat, f"peers-en-x{repeat}")
        peaks, pages = [], 0
        for _ in range(options.runs):
            peak, out = peak_anonymous([str(options.brochure), "build", str(publication), "--edition", "all",
                                        "--no-preview", "--jobs", "1", "--rebuild", "--out", str(WORK / "out")])
            peaks.append(peak)
            pages = int(re.search(r"(\d+) pages,", out).group(1))
        peak = statistics.median(peaks)
        first = first or peak
        print(f"{pages:6d} {peak / 1024:11.1f} MB {peak / first:7.2f}×")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--brochure", type=pathlib.Path, default=ROOT / "build" / "brochure")
    parser.add_argument("--shared", type=pathlib.Path, default=ROOT.parent / "shared" / "bench",
                        help="the peers' benchmark folder (gen.py, to_brochure.py, pango_limit.c)")
    parser.add_argument("--memory", action="store_true", help="peak anonymous memory by document length instead")
    parser.add_argument("--pages", default="50,2000", help="with --memory: page counts to build")
    options = parser.parse_args()
    if not (options.shared / "gen.py").exists():
        sys.exit(f"{options.shared}/gen.py not found: give the peers' benchmark folder with --shared")
    if not shutil.which("gcc") or not shutil.which("pkg-config"):
        sys.exit("gcc and pkg-config are needed for the bare loop (setup.sh installs them)")
    WORK.mkdir(parents=True, exist_ok=True)
    memory_comparison(options) if options.memory else cpu_comparison(options)


if __name__ == "__main__":
    main()
