#!/usr/bin/env python3
"""Derived layouts that say only what differs, checked on the built PDF with poppler.

A scratch folder holds copies of the shipped layouts, small layouts derived from handbook-a4 and
tests/fixtures/derived-layouts/styles.xml (Vietnamese body text, a list, a table and a callout):
- body-11 changes only body's size (9.5 -> 11 pt): the word heights and line pitch of the body,
  the list, the table cell and the callout text all grow by 11/9.5, measured from
  pdftotext -bbox-layout; a heading keeps its size;
- vi-label re-declares <language code="vi"> with one changed label: the label changes and the
  Vietnamese number format stays ("1.234.567,5", not "1,234,567.5");
- no-notes removes the notes master (with verso="blank"): it builds and no page carries the notes
  title; no-notes-bad removes it while verso="notes" still asks for it: a file:line:col error.
Run from the repository root."""
import html
import re
import shutil
import statistics
import sys

from support import OUT, ROOT, Failures, brochure, pdftotext, require, run

FIXTURE = ROOT / "tests" / "fixtures" / "derived-layouts" / "styles.xml"
FOLDER = OUT / "derived-layouts"

DERIVED = {
    "body-11": '<paragraph-styles>\n  <style name="body" size="11pt"/>\n</paragraph-styles>',
    "vi-label": '<languages>\n  <language code="vi" table-label="Biểu {n}"/>\n</languages>',
    "no-notes": '<page-breaks chapter-start="right" verso="blank"/>\n'
                '<masters>\n  <master name="notes" remove="true"/>\n</masters>',
    "no-notes-bad": '<masters>\n  <master name="notes" remove="true"/>\n</masters>',
}

# The first words of each measured text, as the fixture writes them.
MEASURED = {"body": "Đoạn văn thân bài:", "list": "Mục danh sách:", "cell": "Ô bảng:", "callout": "Khung ghi chú:"}


def setup():
    shutil.rmtree(FOLDER, ignore_errors=True)
    layouts = FOLDER / "layouts"
    layouts.mkdir(parents=True)
    for layout in (ROOT / "layouts").glob("*.xml"):
        shutil.copy(layout, layouts / layout.name)
    # A copy, not a link: a layout reads only files inside its own folder.
    shutil.copytree(ROOT / "layouts" / "color", layouts / "color")
    for name, children in DERIVED.items():
        (layouts / f"{name}.xml").write_text(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<layout id="{name}" kind="handbook" base="handbook-a4">\n'
            f"{children}\n</layout>\n", encoding="utf-8")


def build(failures, layout, expect_success=True):
    source = FOLDER / f"{layout}.xml"
    source.write_text(FIXTURE.read_text(encoding="utf-8").replace('layout="handbook-a4"', f'layout="{layout}"'),
                      encoding="utf-8")
    result = brochure("build", source, "--edition", "digital", "--no-preview", "--out", FOLDER / f"out-{layout}")
    if expect_success and not failures.check(result.returncode == 0,
                                             f"{layout}: build failed: {result.stderr[-600:]}"):
        return None, result
    return FOLDER / f"out-{layout}" / "derived-styles" / "derived-styles.vi.digital.pdf", result


def lines_of(pdf):
    """Every text line of the PDF as (page, yMin, yMax, [(word, height)]), from poppler's boxes."""
    result = run(["pdftotext", "-bbox-layout", pdf, "-"])
    lines = []
    for page_number, page in enumerate(result.stdout.split("<page ")[1:], start=1):
        for line in re.finditer(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>',
                                page, re.S):
            words = [(html.unescape(w.group(3)), float(w.group(2)) - float(w.group(1)))
                     for w in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>',
                                          line.group(3))]
            lines.append((page_number, float(line.group(1)), float(line.group(2)), words))
    return lines


def measure(failures, pdf, label):
    """For each measured text: (median word height, median line pitch) over its lines."""
    lines = lines_of(pdf)
    found = {}
    for name, opening in MEASURED.items():
        start = next((i for i, (_, _, _, words) in enumerate(lines)
                      if " ".join(w for w, _ in words if w != "•").startswith(opening)), None)
        if not failures.check(start is not None, f"{label}: no line opens with {opening!r}"):
            continue
        # The paragraph's lines: the following lines on the same page at the same pitch or so.
        block = [lines[start]]
        for line in lines[start + 1:start + 8]:
            pitch = line[1] - block[-1][1]
            if line[0] != block[0][0] or pitch <= 0 or pitch > 1.6 * (block[0][2] - block[0][1]) + 2:
                break
            block.append(line)
        if not failures.check(len(block) >= 3, f"{label}: {name} set on {len(block)} line(s); the test needs 3"):
            continue
        heights = [h for _, _, _, words in block for w, h in words if w != "•"]
        pitches = [b[1] - a[1] for a, b in zip(block, block[1:])]
        found[name] = (statistics.median(heights), statistics.median(pitches))
    return found


def check_proportion(failures):
    base_pdf, _ = build(failures, "handbook-a4")
    big_pdf, _ = build(failures, "body-11")
    if not base_pdf or not big_pdf:
        return
    base, big = measure(failures, base_pdf, "handbook-a4"), measure(failures, big_pdf, "body-11")
    expected = 11 / 9.5
    for name in MEASURED:
        if name not in base or name not in big:
            continue
        for what, index in (("word height", 0), ("line pitch", 1)):
            ratio = big[name][index] / base[name][index]
            failures.check(abs(ratio - expected) < 0.02 * expected,
                           f"body-11: the {name} text's {what} grew by {ratio:.3f} "
                           f"({base[name][index]:.2f} -> {big[name][index]:.2f} pt), not by 11/9.5 = {expected:.3f}")
    # A heading has a size of its own: changing body's leaves it as it was.
    heading = [(h for w, h in words if w == "Mục") for _, _, _, words in lines_of(base_pdf) if words and words[0][0] == "Mục"]
    big_heading = [(h for w, h in words if w == "Mục") for _, _, _, words in lines_of(big_pdf) if words and words[0][0] == "Mục"]
    if heading and big_heading:
        h0, h1 = next(heading[0]), next(big_heading[0])
        failures.check(abs(h1 - h0) < 0.05, f"body-11: the heading's word height changed ({h0:.2f} -> {h1:.2f} pt)")


def check_language_merge(failures):
    pdf, _ = build(failures, "vi-label")
    if not pdf:
        return
    text = pdftotext(pdf)
    failures.check("Biểu 1" in text, "vi-label: the table label is not the re-declared \"Biểu {n}\"")
    failures.check("Bảng 1" not in text, "vi-label: the handbook's table label \"Bảng {n}\" is still printed")
    failures.check("1.234.567,5" in text, "vi-label: the Vietnamese number format was lost: no \"1.234.567,5\"")
    failures.check("1,234,567.5" not in text, "vi-label: the number is printed the English way, \"1,234,567.5\"")


def check_master_removal(failures):
    base_pdf, _ = build(failures, "handbook-a4")
    pdf, _ = build(failures, "no-notes")
    if base_pdf:
        failures.check("Ghi chú" in pdftotext(base_pdf),
                       "handbook-a4: the notes pages lack their title \"Ghi chú\"; the removal test proves nothing")
    if pdf:
        failures.check("Ghi chú" not in pdftotext(pdf), "no-notes: a page still carries the notes title \"Ghi chú\"")
    _, result = build(failures, "no-notes-bad", expect_success=False)
    failures.check(result.returncode == 1, f"no-notes-bad: exit status {result.returncode}, expected 1")
    failures.check(re.search(r"layouts/no-notes-bad\.xml:4:3: error: master \"notes\" is removed, but "
                             r"<page-breaks verso=\"notes\"> \(.*handbook-a4\.xml:\d+:\d+\)", result.stderr),
                   f"no-notes-bad: no file:line:col error at the removal: {result.stderr[-600:]}")


def main():
    require("pdftotext")
    failures = Failures()
    setup()
    check_proportion(failures)
    check_language_merge(failures)
    check_master_removal(failures)
    failures.finish("derived layouts")


if __name__ == "__main__":
    sys.exit(main())
