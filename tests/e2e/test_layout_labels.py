#!/usr/bin/env python3
"""Labels: an open map of words per language in the layout (<labels language="…"><label key="…">),
printed from the content (<label ref="…"/>) and from masters (<text label="…"/>), checked on the
built PDFs.

A scratch folder holds copies of the shipped layouts and small layouts derived from handbook-a4;
tests/fixtures/layout-labels/labels.xml (vi and en) refers to the handbook's labels "source" and
"map-legend" and to "test-word", which the derived layouts add:
- labels-ok adds test-word to vi and en (the languages' other labels and number format stay) and puts a <text label="test-word"> on the notes master: pdftotext finds
  each language's words, none of the other language's, and the master's label on each of the
  three notes pages where the master puts it, mirrored on left-hand pages (word boxes of
  pdftotext -bbox-layout);
- labels-missing defines test-word for vi only: the en edition fails at en's <language>
  (file:line:col), naming the key and where vi defines it; labels-typo misspells a key the content asks for: the error
  is at the content's file:line:col and suggests the right key;
- labels-master-missing puts a <text> on a master whose label en lacks: the en edition is
  refused at the <text>'s file:line:col, naming en.
Run from the repository root."""
import html
import re
import shutil
import sys

from support import OUT, ROOT, Failures, brochure, pdftotext, require, run

FIXTURE = ROOT / "tests" / "fixtures" / "layout-labels" / "labels.xml"
FOLDER = OUT / "layout-labels"
MM = 72 / 25.4

NOTES_MASTER = ('<masters>\n  <master name="notes">\n'
              '    <frame name="body" x="20mm" y="22mm" width="174mm" height="253mm"/>\n'
              '    <folio position="bottom-outer" offset="12mm" style="folio"/>\n'
              '    <text label="test-word" style="caption" x="20mm" y="280mm" width="80mm" height="8mm"/>\n'
              '  </master>\n</masters>')
LANGUAGES = ('<languages>\n'
             '  <labels language="vi"><label key="test-word">Chữ thử nghiệm</label></labels>\n'
             '  <labels language="en"><label key="test-word">Trial wording</label></labels>\n'
             '</languages>')
DERIVED = {
    "labels-ok": LANGUAGES + "\n" + NOTES_MASTER,
    "labels-missing": '<languages>\n  <labels language="vi"><label key="test-word">Chữ thử nghiệm</label></labels>\n'
                      '</languages>',
    "labels-master-missing": '<languages>\n  <labels language="vi"><label key="map-note">Ghi chú bản đồ</label></labels>\n'
                             '</languages>\n' + NOTES_MASTER.replace('label="test-word"', 'label="map-note"'),
}


def setup():
    shutil.rmtree(FOLDER, ignore_errors=True)
    layouts = FOLDER / "layouts"
    layouts.mkdir(parents=True)
    for layout in (ROOT / "layouts").glob("*.xml"):
        shutil.copy(layout, layouts / layout.name)
    shutil.copytree(ROOT / "layouts" / "color", layouts / "color")  # a layout reads only inside its folder
    for name, children in DERIVED.items():
        (layouts / f"{name}.xml").write_text(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<layout id="{name}" kind="handbook" base="handbook-a4">\n'
            f"{children}\n</layout>\n", encoding="utf-8")


def build(name, layout, content=None):
    source = FOLDER / f"{name}.xml"
    text = (content or FIXTURE.read_text(encoding="utf-8")).replace('layout="handbook-a4"', f'layout="{layout}"')
    source.write_text(text, encoding="utf-8")
    result = brochure("build", source, "--edition", "digital", "--no-preview", "--out", FOLDER / f"out-{name}")
    return FOLDER / f"out-{name}" / "labels", result


def words_with_boxes(pdf):
    """(page, xMin, yMin, word) of every word, from poppler's boxes."""
    out = run(["pdftotext", "-bbox-layout", pdf, "-"]).stdout
    found = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for w in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', page):
            found.append((number, float(w.group(1)), float(w.group(2)), html.unescape(w.group(3))))
    return found


def check_labels_printed(failures):
    folder, result = build("labels-ok", "labels-ok")
    if not failures.check(result.returncode == 0, f"labels-ok: build failed: {result.stderr[-800:]}"):
        return
    expected = {"vi": ["Nguồn: số liệu", "Chú giải", "Chữ thử nghiệm"],
                "en": ["Source: figures", "Legend", "Trial wording"]}
    for lang, phrases in expected.items():
        pdf = folder / f"labels.{lang}.digital.pdf"
        text = " ".join(pdftotext(pdf).split())
        for phrase in phrases:
            failures.check(phrase in text, f"labels-ok ({lang}): pdftotext finds no {phrase!r}")
        other = expected["en" if lang == "vi" else "vi"]
        for phrase in other:
            failures.check(phrase not in text, f"labels-ok ({lang}): the other language's {phrase!r} is printed")
        failures.check("{" not in text, f"labels-ok ({lang}): a label key in braces is printed")
        # The master's label: on the right-hand body pages, where the <text> puts it (x 20 mm,
        # top 280 mm; the caption style's first line sits a little below the top).
        # The fixture's last paragraph prints the label too, in the body frame (above 275 mm).
        first_word = phrases[2].split()[0]
        boxes = [(page, x, y) for page, x, y, word in words_with_boxes(pdf) if word == first_word and y > 275 * MM]
        failures.check(len(boxes) >= 1, f"labels-ok ({lang}): the master's label {phrases[2]!r} is on no page")
        failures.check(len(boxes) == 3, f"labels-ok ({lang}): the master's label is on {len(boxes)} pages, "
                                        f"not on the 3 notes pages")
        for page, x, y in boxes:
            # A right-hand page at x 20 mm; a left-hand one mirrored: 210 - 20 - 80 = 110 mm.
            expected_x = 20 if page % 2 == 1 else 110
            failures.check(abs(x - expected_x * MM) < 1.5 and 280 * MM - 1 < y < 280 * MM + 6,
                           f"labels-ok ({lang}): the master's label on page {page} is at x {x / MM:.1f} mm, "
                           f"top {y / MM:.1f} mm, not at {expected_x} mm, 280 mm")


def check_missing_label(failures):
    _, result = build("labels-missing", "labels-missing")
    failures.check(result.returncode != 0, "labels-missing: the build succeeded although en lacks test-word")
    # At en's <language> (the base layout's: the derived one does not re-declare en).
    message = re.search(r"handbook-a4\.xml:\d+:\d+: error: label \"test-word\" is missing in language en of layout "
                        r"labels-missing\b.*", result.stderr)
    failures.check(message is not None,
                   f"labels-missing: no file:line:col error naming test-word and en: {result.stderr[-800:]}")
    if message:
        failures.check(re.search(r"vi defines at \S*labels-missing\.xml:\d+:\d+", message.group(0)) is not None,
                       f"labels-missing: the message does not say where vi defines it: {message.group(0)}")


def check_unknown_key(failures):
    content = FIXTURE.read_text(encoding="utf-8").replace('<label ref="map-legend"/>', '<label ref="map-legnd"/>')
    _, result = build("labels-typo", "labels-ok", content)
    failures.check(result.returncode != 0, "labels-typo: the build succeeded with an unknown label key")
    failures.check(re.search(r"labels-typo\.xml:15:\d+: error: no label \"map-legnd\" in language (vi|en)\b.*"
                             r"map-legend", result.stderr) is not None,
                   f"labels-typo: no error at the content's line 15 suggesting map-legend: {result.stderr[-800:]}")


def check_master_label_missing(failures):
    _, result = build("labels-master-missing", "labels-master-missing")
    failures.check(result.returncode != 0, "labels-master-missing: the build succeeded")
    failures.check(re.search(r"labels-master-missing\.xml:\d+:\d+: error: master \"notes\" prints label "
                             r"\"map-note\", which language en does not define", result.stderr) is not None,
                   f"labels-master-missing: no error at the <text> naming en: {result.stderr[-800:]}")


def main():
    require("pdftotext")
    failures = Failures()
    setup()
    check_labels_printed(failures)
    check_missing_label(failures)
    check_unknown_key(failures)
    check_master_label_missing(failures)
    failures.finish("layout labels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
