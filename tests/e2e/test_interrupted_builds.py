#!/usr/bin/env python3
"""Builds stopped at random moments never leave a job half old and half new.

A six-language flyer is built as v1; then v2 (another date and key figure, so every PDF and the
first preview of every language differ) is started over it and stopped with SIGINT (sent to the
whole process group, as a terminal's Ctrl-C does), SIGTERM or SIGKILL (to the parent alone) at
a moment drawn from a seeded generator (after a random number of the build's progress lines,
plus a random fraction of a job's time), ten times each. Afterwards:

- the parent exited with 130 / 143 (or 0 when the build had finished first);
- no worker of the build is alive one second after the parent ended;
- every job's outputs are exactly v1's set or exactly v2's set (compared by SHA-256 with
  reference builds made here), except a job whose commit had begun when SIGKILL struck, which
  must have left its journal for the next build to finish;
- the next build leaves no staging folder and no temporary file, and gives v2 everywhere.

Also: a second build into the same folder waits for the first (both succeed, the outputs are
v2's), and with --no-wait refuses with a message."""
import hashlib
import os
import random
import shutil
import signal
import subprocess
import time

from support import BROCHURE, OUT, ROOT, Failures, brochure

LANGUAGES = ["vi", "en", "zh", "ru", "ko", "ja"]
RUNS = 10
SEED = 13


def snapshot(folder):
    """{relative path: sha256} of every file, hidden ones included, but the build manifest: it
    records stats of this folder's files (inodes, times), so it differs from a reference
    build's; test_incremental_builds checks that a killed build leaves it honest."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".manifest"}


def job_files(files, lang):
    stem = f"qn-flyer.{lang}."
    return {k: v for k, v in files.items()
            if k.startswith(f"qn-flyer/{stem}") or k.startswith(f"qn-flyer/preview/{lang}/")}


def session_members(sid):
    """Processes of a session (the build's workers once the parent is gone)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":  # fields after the name: state ppid pgrp session
            members.append(int(entry))
    return members


def leftovers(out):
    return sorted(str(p.relative_to(out)) for p in out.rglob("*")
                  if p.name.startswith(".staging-") or ".tmp-" in p.name)


def main():
    failures = Failures()
    scratch = OUT / "interrupted"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    # The flyer and the data file its figures come from; v2 changes the date and one figure.
    content = ROOT / "content" / "quang-ngai"
    source = (content / "flyer.xml").read_text(encoding="utf-8")
    figures = (content / "figures.xml").read_text(encoding="utf-8")
    v1, v2 = scratch / "v1" / "flyer.xml", scratch / "v2" / "flyer.xml"
    for path, text, data in ((v1, source, figures),
                             (v2, source.replace("2026-01-15", "2026-02-20"), figures.replace('value="349"', 'value="350"'))):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        (path.parent / "figures.xml").write_text(data, encoding="utf-8")
    failures.check(v2.read_text(encoding="utf-8") != source, "v2's flyer is not different from v1's")
    failures.check((v2.parent / "figures.xml").read_text(encoding="utf-8") != figures, "v2's figures are not different")

    references = {}
    for name, path in (("v1", v1), ("v2", v2)):
        started = time.monotonic()
        r = brochure("build", path, "--out", scratch / f"ref-{name}")
        failures.check(r.returncode == 0, f"reference {name}: exit {r.returncode}: {r.stderr[-300:]}")
        references[name] = (snapshot(scratch / f"ref-{name}"), time.monotonic() - started)
    ref1, ref2 = references["v1"][0], references["v2"][0]
    duration = references["v2"][1]
    for lang in LANGUAGES:
        failures.check(len(job_files(ref1, lang)) >= 6 and job_files(ref1, lang) != job_files(ref2, lang),
                       f"{lang}: v1 and v2 references do not differ or are incomplete")

    generator = random.Random(SEED)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        stopped, outlived = 0, 0.0
        for run in range(RUNS):
            name = f"{sig.name} #{run}"
            out = scratch / f"out-{sig.name}-{run}"
            shutil.copytree(scratch / "ref-v1", out)
            # A moment anchored to the build's own progress, so a loaded machine does not move
            # every moment past the end: after `jobs` progress lines (never the last job's, after
            # which only the commit is left), plus up to half a job's time. Drawn up to the last
            # line and a whole job's time, SIGINT stopped only 5 of 10 builds before their end.
            jobs = generator.randrange(0, len(LANGUAGES) - 1)
            extra = generator.uniform(0, duration / len(LANGUAGES) / 2)
            delay = f"{jobs} jobs + {extra:.2f} s"
            process = subprocess.Popen([str(BROCHURE), "build", str(v2), "--out", str(out)], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, start_new_session=True)
            for _ in range(jobs):
                if not process.stdout.readline():
                    break
            time.sleep(extra)
            if sig == signal.SIGINT:
                try:
                    os.killpg(process.pid, sig)  # the terminal's Ctrl-C reaches every process of the group
                except ProcessLookupError:
                    pass
            else:
                process.send_signal(sig)
            _, stderr = process.communicate(timeout=120)
            ended = time.monotonic()
            expected = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -9}[sig]
            stopped += process.returncode == expected
            failures.check(process.returncode in (expected, 0),
                           f"{name} after {delay}: exit {process.returncode}: {stderr.decode()[-300:]}")
            while session_members(process.pid) and time.monotonic() - ended < 1.0:
                time.sleep(0.02)
            outlived = max(outlived, time.monotonic() - ended)
            alive = session_members(process.pid)
            failures.check(not alive, f"{name}: workers {alive} outlived the parent by more than a second")
            for pid in alive:
                os.kill(pid, signal.SIGKILL)

            now = snapshot(out)
            for lang in LANGUAGES:
                files = job_files(now, lang)
                journal = any(k.startswith(f"qn-flyer/.staging-{lang}.") and k.endswith("/.commit") for k in now)
                failures.check(files in (job_files(ref1, lang), job_files(ref2, lang)) or journal,
                               f"{name} after {delay}: {lang} is neither v1 nor v2 and no commit is pending: "
                               f"{sorted(set(files.items()) ^ set(job_files(ref2, lang).items()))[:6]}")
            if sig != signal.SIGKILL:
                failures.check(not leftovers(out), f"{name}: left {leftovers(out)}")

            r = brochure("build", v2, "--out", out)
            failures.check(r.returncode == 0, f"{name}: the next build: exit {r.returncode}: {r.stderr[-300:]}")
            failures.check(not leftovers(out), f"{name}: the next build left {leftovers(out)}")
            failures.check(snapshot(out) == ref2, f"{name}: after the next build the outputs are not v2's")
            shutil.rmtree(out)
        # Most moments must fall inside the build, or the test proves little.
        failures.check(stopped >= RUNS // 2, f"{sig.name}: only {stopped} of {RUNS} runs were stopped before the end")
        print(f"{sig.name}: {stopped} of {RUNS} runs stopped mid-build; workers gone {outlived:.2f} s after the parent "
              f"at the latest (polled every 20 ms)")

    # A worker that dies (here: SIGKILL to the first worker): its job keeps the old outputs and the
    # report says so truthfully; the other jobs commit.
    out = scratch / "crash"
    shutil.copytree(scratch / "ref-v1", out)
    process = subprocess.Popen([str(BROCHURE), "build", str(v2), "--out", str(out), "--jobs", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 10
    while killed is None and time.monotonic() < deadline and process.poll() is None:
        try:
            children = open(f"/proc/{process.pid}/task/{process.pid}/children").read().split()
        except OSError:
            children = []
        if children:
            killed = int(children[0])
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.005)
    stdout, stderr = process.communicate(timeout=120)
    failures.check(killed is not None and process.returncode == 1, f"worker crash: exit {process.returncode}")
    failures.check("was killed by signal" in stderr and "nothing of qn-flyer" in stderr and "stay as they were" in stderr,
                   f"worker crash: the report does not say what was kept: {stderr[-500:]}")
    now = snapshot(out)
    kept = [lang for lang in LANGUAGES if job_files(now, lang) == job_files(ref1, lang)]
    new = [lang for lang in LANGUAGES if job_files(now, lang) == job_files(ref2, lang)]
    failures.check(len(kept) == 1 and len(new) == len(LANGUAGES) - 1,
                   f"worker crash: old {kept}, new {new}: one job keeps its old outputs, the others commit")
    failures.check(not leftovers(out), f"worker crash: left {leftovers(out)}")

    # Two builds into one folder: the second waits for the first, so neither sees the other's files.
    out = scratch / "together"
    first = subprocess.Popen([str(BROCHURE), "build", str(v1), "--out", str(out)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    refused = brochure("build", v2, "--out", out, "--no-wait")
    second = subprocess.Popen([str(BROCHURE), "build", str(v2), "--out", str(out)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    first_out, first_err = first.communicate(timeout=120)
    second_out, second_err = second.communicate(timeout=120)
    failures.check(first.returncode == 0 and second.returncode == 0,
                   f"two builds: exits {first.returncode}, {second.returncode}: {first_err[-200:]} {second_err[-200:]}")
    failures.check("waiting for it to finish" in second_out, f"the second build did not say it waited: {second_out[:300]}")
    failures.check(refused.returncode == 1 and "another build is writing into" in refused.stderr,
                   f"--no-wait: exit {refused.returncode}: {refused.stderr[-300:]}")
    failures.check(snapshot(out) == ref2, "two builds: the folder does not hold exactly v2's outputs")
    failures.finish("interrupted_builds")


if __name__ == "__main__":
    main()
