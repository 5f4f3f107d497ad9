#!/usr/bin/env python3
"""`brochure watch` builds, then builds again when an input is saved: only the jobs the change
concerns, with a line saying which file changed; Ctrl-C (SIGINT) stops it with 130.

The three-language handbook of test_incremental_builds is set up in a scratch folder; watch
runs on it. Saves: a Russian word in the publication (written in place), an English word in the
included chapter (saved as editors do: a new file renamed over the old one), and a file in the
content folder that is no input (an editor's backup), which must not start a build. The new
files in place are checked independently: the Russian and English previews' bytes change, the
other language's do not. The time from each save to the end of its build is printed."""
import os
import shutil
import signal
import subprocess
import threading
import time

from support import BROCHURE, OUT, ROOT, Failures
import test_incremental_builds as incremental


class Output:
    """The watch process's stdout, read by a thread, so the test can wait for a line."""

    def __init__(self, stream):
        self.lines = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream):
        for line in stream:
            with self.lock:
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, start, predicate, timeout=60):
        """The index of the first line from `start` on that satisfies `predicate`, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for i in range(start, len(self.lines)):
                    if predicate(self.lines[i]):
                        return i
            time.sleep(0.02)
        return None

    def since(self, start):
        with self.lock:
            return self.lines[start:]


def previews(out, lang):
    folder = out / "inc" / "preview" / lang
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.png"))}


def main():
    failures = Failures()
    folder = OUT / "watch"
    s = incremental.make_scratch(folder)
    time.sleep(0.3)  # the sources are older than the first build's start

    process = subprocess.Popen([str(BROCHURE), "watch", str(s.pub), "--out", str(s.out), "--jobs", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
                               start_new_session=True)
    out = Output(process.stdout)
    try:
        first = out.wait_for(0, lambda l: l.startswith("brochure: watching"), timeout=120)
        failures.check(first is not None, f"no 'watching' line after the first build: {out.since(0)[-10:]}")
        if first is None:
            return failures.finish("watch")
        built_first = [l for l in out.lines[:first] if l.startswith("[") and "→" in l]
        failures.check(len(built_first) == 3, f"the first build built {built_first}")
        before = {lang: previews(s.out, lang) for lang in incremental.LANGUAGES}

        def save(name, action, changed_file, expected):
            start = len(out.lines)
            saved = time.monotonic()
            action()
            end = out.wait_for(start, lambda l: l.startswith("brochure: watching"), timeout=90)
            took = time.monotonic() - saved
            lines = out.since(start)
            failures.check(end is not None, f"{name}: no new build: {lines}")
            failures.check(any(l.startswith("brochure: changed:") and changed_file in l for l in lines),
                           f"{name}: no 'changed: …{changed_file}' line: {lines}")
            built = sorted(l.split()[2].rstrip(":") for l in lines if l.startswith("[") and "→" in l)
            failures.check(built == expected, f"{name}: built {built}, expected {expected}: {lines}")
            failures.check(not any("up to date" in l and l.startswith("[") for l in lines),
                           f"{name}: watch lists the jobs that are up to date: {lines}")
            print(f"{name}: built {built}; {took:.2f} s from the save to the end of the build")

        save("ru word in place", lambda: s.edit("content/book.xml", "навалочные", "сыпучие"), "book.xml", ["ru"])

        def rename_over():
            path = folder / "content" / "chapter.xml"
            temporary = path.with_name(".chapter.xml.swp")
            temporary.write_text(path.read_text(encoding="utf-8").replace("fifty years", "fifty years, renewable"),
                                 encoding="utf-8")
            os.replace(temporary, path)

        save("en word, renamed over", rename_over, "chapter.xml", ["en"])

        after = {lang: previews(s.out, lang) for lang in incremental.LANGUAGES}
        failures.check(after["ru"] != before["ru"], "the Russian previews did not change")
        failures.check(after["en"] != before["en"], "the English previews did not change")
        failures.check(after["vi"] == before["vi"], "the Vietnamese previews changed")

        # Not an input: no build.
        start = len(out.lines)
        (folder / "content" / "notes.txt").write_text("not an input", encoding="utf-8")
        time.sleep(1.5)
        failures.check(not out.since(start), f"a file that is no input started a build: {out.since(start)}")
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            code = process.wait()
        failures.check(code == 130, f"SIGINT: exit {code}, expected 130")
    failures.finish("watch")


if __name__ == "__main__":
    main()
