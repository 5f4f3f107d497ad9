#!/usr/bin/env python3
"""Page breaks a designer signs off, read back with poppler (`pdftotext -bbox-layout` lines and
word boxes), on the sample handbook in every language and on a Vietnamese plan-style document
(tests/fixtures/plan-vi/plan.xml: chapters of very different lengths, lettered points, nested
numbering) built with chapters opening on the right (handbook-a4) and on the next page (plan-a4):

- no page carries fewer than 6 lines of text, except covers, a chapter's one-page opener,
  and notes pages (the layout's `chapter-min-lines`);
- a page without text is a cover, or the left page before a right-hand opener; with
  `chapter-start="next"` there is none in the body at all;
- page counts are no higher than before the page-break rules (recorded below: the handbook's
  counts of 2026-12-03), and chapters opening on the next page never take more pages than
  right-hand openers;
- list labels never touch their text: the gap from a label's word box to its item's first word
  is at least a quarter of the type size, also for "10." to "12.";
- lettered points read a) b) c) d) đ) e) in the administrative alphabet and a list continued
  after a paragraph goes on with g) h); three-level nested numbering reads 1. 1.1. 1.1.1. …,
  each level indented further.
"""
import re
import shutil

from handbook_pdf import read_dump, text_pages
from support import LANGUAGES, OUT, ROOT, SAMPLES, Failures, brochure, require

MIN_LINES = 6
# Page counts of the sample handbook before the page-break rules (build of commit 63159e8).
COUNTS_BEFORE = {"vi": 24, "en": 24, "zh": 24, "ru": 28, "ko": 24, "ja": 24}
EXEMPT = {"cover", "inside-front-cover", "inside-back-cover", "back-cover", "notes", "verso-notes", "blank"}
FIXTURE = ROOT / "tests" / "fixtures" / "plan-vi" / "plan.xml"
LABEL = re.compile(r"^(\d{1,2}\.)+$|^[a-zđ]\)$")


def line_count(page):
    return sum(len(block) for block in page.blocks)


def check_pages(failures, name, pdf, dump, right_openers):
    pages = text_pages(pdf)
    masters = {p.number: p.master for p in read_dump(dump)}
    openers = {n for n, m in masters.items() if m == "opener"}
    for page in pages:
        n, master, lines = page.number, masters.get(page.number), line_count(page)
        if master in EXEMPT:
            if not page.words and master not in {"cover", "inside-front-cover", "inside-back-cover", "back-cover"}:
                failures.check(right_openers and n + 1 in openers and n % 2 == 0,
                               f"{name}: page {n} is blank and not the left page before a right-hand opener")
            continue
        if n in openers and n + 1 not in openers and masters.get(n + 1) in ("body-left", "body-right"):
            pass  # an opener followed by more of its chapter: a full page, checked below
        elif n in openers:
            continue  # a chapter of one page: its opener, by design
        failures.check(lines >= MIN_LINES, f"{name}: page {n} ({master}) carries {lines} lines of text")
    return pages


def check_label_gaps(failures, name, pages):
    """Every list label (a word that is a label, first on its line) keeps clear of the next word."""
    seen = 0
    for page in pages:
        for block in page.blocks:
            for line in block:
                words = line.words
                for word in words:
                    if re.match(r"^\d{1,2}\.[^\d\s.]", word.text):
                        failures.check(False, f"{name}: page {page.number}: label run into its text: {word.text!r}")
                if len(words) < 2 or not LABEL.match(words[0].text):
                    continue
                seen += 1
                size = words[0].y1 - words[0].y0
                gap = words[1].x0 - words[0].x1
                failures.check(gap >= 0.25 * size, f"{name}: page {page.number}: label {words[0].text!r} is "
                                                   f"{gap:.1f} pt from its text {words[1].text!r}")
    return seen


def labels_in_order(pages):
    """(label, x, page) of every line that starts with a list label, in reading order: page,
    then column (left or right half), then from the top."""
    out = []
    for page in pages:
        found = []
        for block in page.blocks:
            for line in block:
                if line.words and LABEL.match(line.words[0].text) and len(line.words) > 1:
                    w = line.words[0]
                    found.append(((w.x0 > page.width / 2, w.y0), (w.text, w.x0, page.number)))
        out += [label for _, label in sorted(found, key=lambda f: f[0])]
    return out


def check_plan_lists(failures, pages):
    labels = labels_in_order(pages)
    texts = [label for label, _, _ in labels]
    lettered = [t for t in texts if t.endswith(")")]
    failures.check(lettered == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"],
                   f"plan: lettered points read {lettered}")
    nested_expected = ["1.", "1.1.", "1.1.1.", "1.1.2.", "1.2.", "1.2.1.", "1.2.2.",
                       "2.", "2.1.", "2.1.1.", "2.1.2.", "2.2.", "2.2.1.", "2.2.2."]
    start = next((i for i, t in enumerate(texts) if t == "1.1."), None)
    if not failures.check(start is not None, "plan: no nested label 1.1."):
        return
    nested = labels[start - 1:start - 1 + len(nested_expected)]
    failures.check([t for t, _, _ in nested] == nested_expected, f"plan: nested labels read {[t for t, _, _ in nested]}")
    # Each level is indented further than its parent (same column: compare within a page column).
    by_level = {}
    for label, x, page in nested:
        by_level.setdefault(label.count("."), []).append((x, page))
    for level in (2, 3):
        for x, page in by_level.get(level, []):
            parents = [px for px, pp in by_level.get(level - 1, []) if pp == page and abs(px - x) < 60]
            for px in parents:
                failures.check(x > px + 3, f"plan: a level-{level} label at x={x:.1f} is not indented past its parent at {px:.1f}")
    twelve = [t for t in texts if re.fullmatch(r"\d+\.", t)]
    failures.check(all(str(n) + "." in twelve for n in range(1, 13)), f"plan: the twelve-item list reads {twelve}")


def build_plan(failures, layout):
    folder = OUT / f"plan-{layout}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = folder / "plan.xml"
    source.write_text(FIXTURE.read_text(encoding="utf-8").replace('layout="plan-a4"', f'layout="{layout}"'),
                      encoding="utf-8")
    result = brochure("build", source, "--edition", "digital", "--no-preview", "--dump", "--out", folder / "out")
    if not failures.check(result.returncode == 0, f"plan ({layout}): build failed: {result.stderr[-400:]}"):
        return None, None
    return folder / "out" / "plan-vi" / "plan-vi.vi.digital.pdf", folder / "out" / "plan-vi" / "plan-vi.vi.dump.txt"


def main():
    require("pdftotext")
    failures = Failures()
    for lang in LANGUAGES:
        pdf = SAMPLES / "qn-handbook" / f"qn-handbook.{lang}.digital.pdf"
        dump = SAMPLES / "qn-handbook" / f"qn-handbook.{lang}.dump.txt"
        pages = check_pages(failures, f"handbook {lang}", pdf, dump, right_openers=True)
        failures.check(len(pages) <= COUNTS_BEFORE[lang],
                       f"handbook {lang}: {len(pages)} pages, {COUNTS_BEFORE[lang]} before the page-break rules")
        failures.check(check_label_gaps(failures, f"handbook {lang}", pages) >= 10,
                       f"handbook {lang}: fewer than ten list labels found")

    counts = {}
    for layout, right in (("handbook-a4", True), ("plan-a4", False)):
        pdf, dump = build_plan(failures, layout)
        if not pdf:
            continue
        pages = check_pages(failures, f"plan ({layout})", pdf, dump, right_openers=right)
        counts[layout] = len(pages)
        check_label_gaps(failures, f"plan ({layout})", pages)
        if layout == "plan-a4":
            check_plan_lists(failures, pages)
    if len(counts) == 2:
        failures.check(counts["plan-a4"] <= counts["handbook-a4"],
                       f"plan: {counts['plan-a4']} pages with chapters on the next page, {counts['handbook-a4']} on the right")
    print(f"plan page counts: {counts}")
    failures.finish("page_breaks")


if __name__ == "__main__":
    main()
