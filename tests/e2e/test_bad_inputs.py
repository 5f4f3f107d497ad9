#!/usr/bin/env python3
"""Bad input never crashes the engine, never writes a half file and never clobbers the last good
output: each case exits 1 with a message naming the file and line and saying what is wrong."""
import re
import shutil

from support import OUT, ROOT, Failures, brochure, pdftotext

FIXTURE = ROOT / "tests" / "fixtures" / "cli" / "small.xml"
GOOD = FIXTURE.read_text(encoding="utf-8")


def line_of(text, needle):
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the derived fixture")


# name → (how to break the good fixture, the text of the line the message must name, words it must contain)
CASES = {
    "malformed": (lambda s: s.replace("</ul>", "</ol>"), "</ol>", ["malformed"]),
    "unknown-element": (lambda s: s.replace("<ul>", "<list>").replace("</ul>", "</list>"), "<list>", ["list"]),
    "missing-translation": (lambda s: s.replace('<t xml:lang="vi">Cảng nước sâu</t>', ""), "A deep-water port", ["vi"]),
    "missing-image": (lambda s: s.replace("</section>", '<figure src="nowhere.png"/></section>'), "nowhere.png",
                      ["nowhere.png", "not found"]),
    "tofu": (lambda s: s.replace("central coast", "central \u1200 coast"), "central \u1200 coast", ["U+1200", "en"]),
    "unknown-layout": (lambda s: s.replace('layout="handbook-a4"', 'layout="no-such-layout"'), "no-such-layout",
                       ["no-such-layout"]),
}


def main():
    failures = Failures()
    scratch = OUT / "bad-inputs"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    out = scratch / "out"

    # The last good build, which no failed build may touch.
    good = scratch / "small.xml"
    good.write_text(GOOD, encoding="utf-8")
    r = brochure("build", good, "--edition", "digital", "--no-preview", "--out", out)
    failures.check(r.returncode == 0, f"good fixture: exit {r.returncode}: {r.stderr}")
    last_good = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # The digital PDFs of vi and en, and the build manifest (.manifest).
    failures.check(len(last_good) == 3, f"good build wrote {sorted(map(str, last_good))}")

    for name, (mutate, needle, words) in CASES.items():
        source = mutate(GOOD)
        path = scratch / "small.xml"  # same file and id: a failed build must not replace the good one
        path.write_text(source, encoding="utf-8")
        r = brochure("build", path, "--edition", "digital", "--no-preview", "--out", out)
        line = line_of(source, needle)
        location = re.compile(re.escape(str(path)) + ":" + str(line) + r"(:\d+)?: error: ")
        failures.check(r.returncode == 1, f"{name}: exit {r.returncode}")
        failures.check(location.search(r.stderr) is not None, f"{name}: no '{path}:{line}: error:' in: {r.stderr[:500]}")
        for word in words:
            failures.check(word in r.stderr, f"{name}: message lacks {word!r}: {r.stderr[:500]}")
        now = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        failures.check(now == last_good, f"{name}: the output folder changed: {sorted(map(str, set(now) ^ set(last_good)))}")

    # A font family the private configuration does not have: an error at the layout's line.
    layouts = scratch / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    handbook = (layouts / "handbook-a4.xml").read_text(encoding="utf-8")
    broken = handbook.replace('code="en" name="English" text-font="Noto Serif', 'code="en" name="English" text-font="Nonexistent Serif')
    (layouts / "handbook-a4.xml").write_text(broken, encoding="utf-8")
    (scratch / "small.xml").write_text(GOOD, encoding="utf-8")
    r = brochure("build", scratch / "small.xml", "--lang", "en", "--edition", "digital", "--no-preview", "--out", out)
    line = line_of(broken, "Nonexistent Serif")
    failures.check(r.returncode == 1 and f"handbook-a4.xml:{line}" in r.stderr and "Nonexistent Serif" in r.stderr,
                   f"missing font: {r.returncode} {r.stderr[:400]}")
    shutil.rmtree(layouts)

    # Invalid UTF-8 names line and column.
    path = scratch / "small.xml"
    path.write_bytes(GOOD.encode("utf-8").replace("central coast".encode(), b"central \xff coast"))
    r = brochure("build", path, "--no-preview", "--out", out)
    failures.check(r.returncode == 1 and f"{path}:{line_of(GOOD, 'central coast')}:" in r.stderr and "UTF-8" in r.stderr,
                   f"utf-8: {r.returncode} {r.stderr[:300]}")
    # The neighbour of the overflowing <ol start="2147483647"> (test_hostile_inputs): the largest
    # start allowed numbers its items without overflow, read back from the PDF by poppler.
    largest = GOOD.replace("</section>", '<ol start="1000000000"><li><t xml:lang="en">One</t><t xml:lang="vi">Một</t>'
                                         '</li><li><t xml:lang="en">Two</t><t xml:lang="vi">Hai</t></li></ol></section>', 1)
    path.write_text(largest, encoding="utf-8")
    numbered = scratch / "numbered"
    r = brochure("build", path, "--lang", "en", "--edition", "digital", "--no-preview", "--out", numbered)
    words = pdftotext(numbered / "small" / "small.en.digital.pdf").split() if r.returncode == 0 else []
    failures.check("1000000000." in words and "1000000001." in words and not any(w.startswith("-") for w in words),
                   f"ol start=1000000000: exit {r.returncode}: {r.stderr[-300:]} {[w for w in words if '000' in w]}")
    failures.finish("bad_inputs")


if __name__ == "__main__":
    main()
