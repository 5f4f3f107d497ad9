"""The README's main job (`brochure build content/quang-ngai`: every publication and language,
digital + print + previews) in the scenarios of issue 15, for bench/run.py --main-job:

  main job, empty folder          a first build
  main job, every job stale       the outputs in place, every job out of date (a comment
                                  added to fonts.conf): unchanged pages keep their previews
  digital + print, empty folder   --no-preview
  no-op                           the same build again
  one word (en handbook)          one word of chapter 2 changed: qn-handbook en alone is built

With --compare, the first and third also run the other engine on its own tree's content (it
may not know this tree's content model), runs alternating, and the ratios are of pages per
second: the median of each round's ratio, wall and CPU (user + system of all processes)."""
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time

CHAPTER = "content/quang-ngai/handbook/02-economy.xml"
WORDS = ("Quảng Ngãi’s economy is built on industry.", "Quảng Ngãi’s economy is founded on industry.")
BUILT = re.compile(r"^\[\d+/\d+\] (\S+) (\S+): \d+ pages →", re.M)


def copy_tree(root, scratch):
    """content/quang-ngai, layouts/ and fonts/ of `root`: the build finds layouts and fonts
    upwards from the content, so edits to the copies stay in the scratch folder."""
    shutil.rmtree(scratch, ignore_errors=True)
    for part in ("content/quang-ngai", "layouts", "fonts"):
        shutil.copytree(root / part, scratch / part)
    return scratch


def build(brochure, tree, out, *options):
    command = ["/usr/bin/time", "-f", "TIME %M", str(brochure), "build", str(tree / "content/quang-ngai"),
               "--out", str(out), *options]
    start, before = time.monotonic(), os.times()
    result = subprocess.run(command, capture_output=True, text=True)
    wall, after = time.monotonic() - start, os.times()
    if result.returncode != 0:
        sys.exit(f"{brochure}: build failed:\n{result.stdout[-1500:]}{result.stderr[-1500:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    pages = int(re.search(r"^brochure: .*?(\d+) pages,", result.stdout, re.M).group(1))
    rss = int(re.search(r"TIME (\d+)", result.stderr).group(1))
    return {"wall": wall, "cpu": cpu, "pages": pages, "rss": rss, "built": sorted(BUILT.findall(result.stdout))}


def run(brochure, root, compare, compare_root, runs, scratch):
    this_tree = copy_tree(root, scratch / "this")
    other_tree = copy_tree(compare_root, scratch / "other") if compare else None
    out, other_out = scratch / "out", scratch / "other-out"
    samples = {}

    def add(name, sample):
        samples.setdefault(name, []).append(sample)

    conf = this_tree / "fonts/fonts.conf"
    chapter = this_tree / CHAPTER
    if WORDS[0] not in chapter.read_text(encoding="utf-8"):
        sys.exit(f"{CHAPTER} no longer has the sentence this benchmark edits: {WORDS[0]}")
    for round in range(runs):
        order = [False, True] if round % 2 == 0 else [True, False]
        for other in order if compare else [False]:
            engine, tree, folder = (compare, other_tree, other_out) if other else (brochure, this_tree, out)
            label = "other" if other else "this"
            shutil.rmtree(folder, ignore_errors=True)
            add(("digital + print, empty folder", label), build(engine, tree, folder, "--no-preview"))
            shutil.rmtree(folder, ignore_errors=True)
            add(("main job, empty folder", label), build(engine, tree, folder))
        add(("no-op", "this"), build(brochure, this_tree, out))
        conf.write_text(conf.read_text(encoding="utf-8") + f"<!-- bench {round} -->\n", encoding="utf-8")
        stale = build(brochure, this_tree, out)
        if len(stale["built"]) != 18 and len(stale["built"]) != len(set(stale["built"])):
            sys.exit(f"every job should be out of date after the fonts.conf edit; built {stale['built']}")
        add(("main job, every job stale", "this"), stale)
        text = chapter.read_text(encoding="utf-8")
        old, new = WORDS if WORDS[0] in text else WORDS[::-1]
        chapter.write_text(text.replace(old, new, 1), encoding="utf-8")
        word = build(brochure, this_tree, out)
        if word["built"] != [("qn-handbook", "en")]:
            sys.exit(f"a one-word change in English built {word['built']}")
        add(("one word (en handbook)", "this"), word)
        print(f"round {round + 1} of {runs} done (load average {os.getloadavg()[0]:.1f})", flush=True)
    return samples


def report(samples, compare):
    names = list(dict.fromkeys(name for name, _ in samples))
    print(f"\n{'scenario':32} {'engine':6} {'pages':>5} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'pages/CPU s':>11} "
          f"{'peak RSS':>9}")
    for name in names:
        for label in ("this", "other"):
            runs = samples.get((name, label))
            if not runs:
                continue
            wall, cpu = statistics.median(r["wall"] for r in runs), statistics.median(r["cpu"] for r in runs)
            rss, pages = statistics.median(r["rss"] for r in runs), runs[0]["pages"]
            print(f"{name:32} {label:6} {pages:5d} {wall:7.2f} {pages / wall:8.1f} {cpu:7.2f} {pages / cpu:11.1f} "
                  f"{rss / 1024:6.1f} MB")
        other = samples.get((name, "other"))
        if other:
            this = samples[(name, "this")]
            def paired(key):  # pages per second, this over other, each round's own ratio
                return statistics.median((t["pages"] / t[key]) / (o["pages"] / o[key]) for t, o in zip(this, other))
            print(f"{'':32} this/other in pages per second: {paired('wall'):.2f}x wall, {paired('cpu'):.2f}x CPU")
    main = samples[("main job, empty folder", "this")]
    base_wall = statistics.median(r["wall"] for r in main)
    base_cpu = statistics.median(r["cpu"] for r in main)
    other = samples.get(("main job, empty folder", "other"))
    print("\neach scenario of this engine: its time over this engine's main job into an empty folder (wall, "
          "CPU)" + ("; the main job's pages per second in this scenario's wall time over the other engine's main "
                    "job (which builds everything every time)" if other else ""))
    o_rate = statistics.median(o["pages"] / o["wall"] for o in other) if other else None
    for name in names:
        runs = samples[(name, "this")]
        wall = statistics.median(r["wall"] for r in runs)
        line = f"  {name:32} {wall / base_wall:6.3f} {statistics.median(r['cpu'] for r in runs) / base_cpu:6.3f}"
        if o_rate:
            # The main job's pages in this scenario's time: what the README's build gives a user.
            line += f"   {main[0]['pages'] / wall / o_rate:6.2f}x"
        print(line)
