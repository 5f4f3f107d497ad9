#!/usr/bin/env python3
"""The leaflet's and the flyer's panels stand where their layouts put them, in every language and
edition. Expected geometry is computed here from the layout files (panels_layout.py reads them with
Python's XML parser); what was made is read back from the display list (--dump), from pdfinfo
(page and trim sizes), from the PDF's content streams decoded by qpdf (fold marks) and from
pdftotext cropped to each panel (which text stands in which panel)."""
import base64
import json
import re
import shutil
import xml.etree.ElementTree as ET

from support import CONTENT, LANGUAGES, OUT, SAMPLES, Failures, brochure, require, run, sample_pdf, text_of
from panels_layout import ONE_JOB, area_text, layout_of, length, mm, page_sizes, panel_pages, trim_boxes
from test_text_roundtrip import found_in

PUBLICATIONS = {"qn-leaflet": "leaflet.xml", "qn-flyer": "flyer.xml"}
TOLERANCE = 0.01 * 72 / 25.4  # 0.01 mm, in points


def close(a, b):
    return all(abs(x - y) <= TOLERANCE for x, y in zip(a, b)) and len(a) == len(b)


def show(values):
    return "(" + ", ".join(f"{mm(v):.2f}" for v in values) + ") mm"


# --- what the layout and the content say ---------------------------------------------------------

def panel_texts(publication_file, lang):
    """{panel name: [texts of its headings, paragraphs and list items in `lang`]}."""
    root = ET.parse(CONTENT / publication_file).getroot()
    return {panel.get("name"): [t for e in panel.iter() if e.tag in ("h", "p", "li") and (t := text_of(e, lang))]
            for panel in root.iter("panel")}


# --- the display list --------------------------------------------------------------------------

NUMBER = r"(-?\d+(?:\.\d+)?)"


def read_dump(path):
    """Pages (name, width, height, {(frame name, kind): rect}) and sheets (name, [(page, x, y)], [fold x])."""
    pages, sheets = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(rf"page \d+ (\S+) .*size={NUMBER}x{NUMBER}", line):
            pages.append((m.group(1), float(m.group(2)), float(m.group(3)), {}))
        elif m := re.match(rf"  frame (\S+) (\S+) {NUMBER},{NUMBER} {NUMBER}x{NUMBER}", line):
            pages[-1][3][m.group(1), m.group(2)] = tuple(map(float, m.group(3, 4, 5, 6)))
        elif m := re.match(r"sheet (\S+) ", line):
            sheets.append((m.group(1), [], []))
        elif sheets and (m := re.match(rf"  place page (\d+) at {NUMBER},{NUMBER}", line)):
            sheets[-1][1].append((int(m.group(1)), float(m.group(2)), float(m.group(3))))
        elif sheets and (m := re.match(rf"  fold x={NUMBER}", line)):
            sheets[-1][2].append(float(m.group(1)))
    return pages, sheets


def check_dump(failures, publication, lang, layout):
    pages, sheets = read_dump(SAMPLES / publication / f"{publication}.{lang}.dump.txt")
    where = f"{publication} {lang} dump"
    failures.check([name for name, *_ in pages] == [f"panel:{n}" for n in layout.reading_order],
                   f"{where}: pages {[name for name, *_ in pages]}, reading order {layout.reading_order}")
    for (name, width, height, frames), panel_name in zip(pages, layout.reading_order):
        panel = layout.panel(panel_name)
        failures.check(close((width, height), (panel.width, panel.height)),
                       f"{where}: {name} is {show((width, height))}, the layout says {show((panel.width, panel.height))}")
        expected = {(panel.name, "panel"): (0, 0, panel.width, panel.height), (panel.name, "text"): panel.text}
        if panel.title:
            expected[panel.name, "title"] = panel.title
        failures.check(set(frames) == set(expected), f"{where}: {name} has frames {sorted(frames)}, expected {sorted(expected)}")
        for key, rect in expected.items():
            if key in frames:
                failures.check(close(frames[key], rect),
                               f"{where}: frame {' '.join(key)} is {show(frames[key])}, the layout says {show(rect)}")

    failures.check([s[0] for s in sheets] == [s[0] for s in layout.sheets],
                   f"{where}: sheets {[s[0] for s in sheets]}, the layout has {[s[0] for s in layout.sheets]}")
    for (name, placements, folds), (_, panels, expected_folds) in zip(sheets, layout.sheets):
        placed = [(pages[page - 1][0] if 0 < page <= len(pages) else f"page {page}", x, y) for page, x, y in placements]
        expected = [(f"panel:{p.name}", p.x, 0.0) for p in panels]
        failures.check([p[0] for p in placed] == [e[0] for e in expected] and
                       all(close(p[1:], e[1:]) for p, e in zip(placed, expected)),
                       f"{where}: sheet {name} places {placed}, the layout {expected}")
        failures.check(close(folds, expected_folds),
                       f"{where}: sheet {name} folds at {show(folds)}, the panel edges are at {show(expected_folds)}")


# --- fold marks in the print PDF -------------------------------------------------------------------

def tokens(data):
    """The tokens of a content stream; strings, arrays and dictionaries are passed over whole
    enough for the path, state and dash operators read here."""
    i, n = 0, len(data)
    while i < n:
        c = data[i:i + 1]
        if c.isspace():
            i += 1
        elif c == b"%":
            while i < n and data[i:i + 1] not in b"\r\n":
                i += 1
        elif c == b"(":
            depth, i = 1, i + 1
            while i < n and depth:
                ch = data[i:i + 1]
                i += 2 if ch == b"\\" else 1
                depth += (ch == b"(") - (ch == b")")
            yield b"()"
        elif data.startswith(b"<<", i) or data.startswith(b">>", i):
            yield data[i:i + 2]
            i += 2
        elif c == b"<":
            i = data.index(b">", i) + 1
            yield b"<>"
        elif c in b"[]{}":
            yield c
            i += 1
        else:
            m = re.compile(rb"/?[^\s()<>\[\]{}/%]+|/").match(data, i)
            yield m.group(0)
            i = m.end()


def dashed_strokes(content):
    """Every straight segment stroked with a dash pattern: ((x0, y0), (x1, y1)) in PDF user space
    of the page (the current transformation matrix applied)."""
    ctm, dash, stack, operands, path, out = (1, 0, 0, 1, 0, 0), False, [], [], [], []
    array = None

    def apply(x, y):
        a, b, c, d, e, f = ctm
        return a * x + c * y + e, b * x + d * y + f

    for token in tokens(content):
        if token == b"[":
            array = []
            continue
        if token == b"]":
            operands.append(array)
            array = None
            continue
        if array is not None:
            array.append(token)
            continue
        if re.fullmatch(rb"[-+]?(\d+\.?\d*|\.\d+)", token):
            operands.append(float(token))
            continue
        if token in (b"q", b"Q"):
            if token == b"q":
                stack.append((ctm, dash))
            elif stack:
                ctm, dash = stack.pop()
        elif token == b"cm" and len(operands) >= 6:
            a, b, c, d, e, f = operands[-6:]
            A, B, C, D, E, F = ctm
            ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
        elif token == b"d" and len(operands) >= 2 and isinstance(operands[-2], list):
            dash = len(operands[-2]) > 0
        elif token == b"m" and len(operands) >= 2:
            path.append([apply(*operands[-2:])])
        elif token == b"l" and len(operands) >= 2 and path:
            path[-1].append(apply(*operands[-2:]))
        elif token == b"re" and len(operands) >= 4:
            x, y, w, h = operands[-4:]
            path.append([apply(x, y), apply(x + w, y), apply(x + w, y + h), apply(x, y + h), apply(x, y)])
        elif token in (b"S", b"s", b"B", b"B*", b"b", b"b*"):
            if dash:
                out += [(p, q) for sub in path for p, q in zip(sub, sub[1:])]
            path = []
        elif token in (b"f", b"F", b"f*", b"n"):
            path = []
        if not re.fullmatch(rb"[-+]?(\d+\.?\d*|\.\d+)", token):
            operands = []
    return out


def page_contents(pdf):
    """[bytes of each page's content streams, decoded], read through qpdf --json."""
    result = run(["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", "--json-stream-data=inline",
                  "--decode-level=generalized", pdf])
    if result.returncode not in (0, 3):
        raise RuntimeError(f"qpdf --json {pdf}: {result.stderr}")
    document = json.loads(result.stdout)
    objects = document["qpdf"][1]
    return [b"\n".join(base64.b64decode(objects[f"obj:{ref}"]["stream"]["data"]) for ref in page["contents"])
            for page in document["pages"]]


def check_fold_marks(failures, publication, lang, layout, pdf):
    """The print sheet: its trim is the layout's sheet, and dashed marks stand at each fold, above
    and below the trim, and nowhere else."""
    where = f"{publication} {lang} print"
    boxes, contents = trim_boxes(pdf), page_contents(pdf)
    failures.check(len(boxes) == len(layout.sheets), f"{where}: {len(boxes)} pages for {len(layout.sheets)} sheets")
    for (name, panels, folds), box, content in zip(layout.sheets, boxes, contents):
        width = sum(p.width for p in panels)
        failures.check(close((box[2] - box[0], box[3] - box[1]), (width, layout.height)),
                       f"{where}: sheet {name} TrimBox {show((box[2] - box[0], box[3] - box[1]))}, "
                       f"the layout's sheet is {show((width, layout.height))}")
        marks = {}  # fold x → {"above", "below"}
        for (x0, y0), (x1, y1) in dashed_strokes(content):
            x, top, bottom = x0 - box[0], max(y0, y1), min(y0, y1)  # trim coordinates, y upwards
            side = "above" if bottom >= box[3] - TOLERANCE else "below" if top <= box[1] + TOLERANCE else None
            fold = next((f for f in folds if abs(f - x) <= TOLERANCE), None)
            if failures.check(abs(x1 - x0) <= TOLERANCE and fold is not None and side is not None,
                              f"{where}: sheet {name}: a dashed line from {show((x0 - box[0], y0 - box[1]))} to "
                              f"{show((x1 - box[0], y1 - box[1]))} (trim coordinates) is no fold mark at "
                              f"{show(folds)} outside the trim"):
                marks.setdefault(fold, set()).add(side)
        for fold in folds:
            failures.check(marks.get(fold) == {"above", "below"},
                           f"{where}: sheet {name}: fold at {mm(fold):.2f} mm has marks {sorted(marks.get(fold, []))}, "
                           "expected above and below the trim")


# --- which text stands in which panel ---------------------------------------------------------------

def check_panel_texts(failures, what, pdf, layout, texts, edition, spreads=False):
    """Each panel's texts are found when pdftotext reads just that panel's area of its page (as a
    whole, or title area and column one after the other), and the longest text of every other
    panel is not."""
    for page, panel, origin in panel_pages(pdf, layout, edition, spreads):
        # Whole, area by area, and in painting order: a text that runs from the foot of one
        # column to the second, beside a paragraph spanning both, is contiguous only in the last.
        readings = [area_text(pdf, page, (0, 0, panel.width, panel.height), origin),
                    "".join(area_text(pdf, page, rect, origin) for rect in panel.text_areas()),
                    area_text(pdf, page, (0, 0, panel.width, panel.height), origin, raw=True)]
        for text in texts.get(panel.name, []):
            failures.check(any(found_in(text, r) for r in readings),
                           f"{what}: page {page}, panel {panel.name} lacks: {text[:70]}")
        for other, other_texts in texts.items():
            if other != panel.name and other_texts:
                longest = max(other_texts, key=len)
                failures.check(not any(found_in(longest, r) for r in readings),
                               f"{what}: page {page}, panel {panel.name} shows text of {other}: {longest[:70]}")


def check_digital(failures, publication, lang, layout, texts):
    """A page per panel, in reading order, of the panel's size."""
    pdf = sample_pdf(publication, lang, "digital")
    sizes = page_sizes(pdf)
    expected = [(layout.panel(n).width, layout.height) for n in layout.reading_order]
    failures.check(len(sizes) == len(expected) and all(close(s, e) for s, e in zip(sizes, expected)),
                   f"{publication} {lang} digital: pages {[show(s) for s in sizes]}, the reading order's panels "
                   f"{[show(e) for e in expected]}")
    check_panel_texts(failures, f"{publication} {lang} digital", pdf, layout, texts, "digital")


def check_spreads(failures, layout, scratch):
    """--spreads: the digital leaflet as the press sheets, with the panels side by side and dashed
    fold guides at the folds."""
    shutil.rmtree(scratch, ignore_errors=True)
    result = brochure("build", CONTENT / "leaflet.xml", "--edition", "digital", "--spreads", "--no-preview",
                      "--out", scratch, *ONE_JOB)
    if not failures.check(result.returncode == 0, f"--spreads: exit {result.returncode}: {result.stderr[-600:]}"):
        return
    for lang in LANGUAGES:
        pdf = scratch / "qn-leaflet" / f"qn-leaflet.{lang}.digital.pdf"
        sizes = page_sizes(pdf)
        failures.check(len(sizes) == len(layout.sheets) and all(close(s, (layout.width, layout.height)) for s in sizes),
                       f"qn-leaflet {lang} --spreads: pages {[show(s) for s in sizes]}, expected "
                       f"{len(layout.sheets)} of {show((layout.width, layout.height))}")
        check_panel_texts(failures, f"qn-leaflet {lang} --spreads", pdf, layout, panel_texts("leaflet.xml", lang),
                          "digital", spreads=True)
        for (name, _, folds), content, (_, height) in zip(layout.sheets, page_contents(pdf), sizes):
            guides = sorted({round(x0, 2) for (x0, y0), (x1, y1) in dashed_strokes(content) if abs(x1 - x0) <= TOLERANCE})
            failures.check(close(guides, folds), f"qn-leaflet {lang} --spreads: sheet {name} has dashed guides at "
                                                 f"{show(guides)}, the folds are at {show(folds)}")


def main():
    require("pdfinfo", "pdftotext", "qpdf")
    failures = Failures()
    leaflet = layout_of(CONTENT / "leaflet.xml")
    # The roll fold DESIGN.md fixes: the inside right panel folds in, so it and its back (the flap) are 3 mm narrower.
    widths = {name: [round(mm(p.width), 2) for p in panels] for name, panels, _ in leaflet.sheets}
    failures.check(widths == {"outside": [97, 100, 100], "inside": [100, 100, 97]} and
                   [p.name for _, panels, _ in leaflet.sheets for p in panels] ==
                   ["flap", "back-cover", "front-cover", "inside-left", "inside-middle", "inside-right"],
                   f"leaflet layout: panel widths {widths}")
    failures.check(close((leaflet.width, leaflet.height), (length("297mm"), length("210mm"))),
                   f"leaflet layout: page {show((leaflet.width, leaflet.height))}")

    for publication, file in PUBLICATIONS.items():
        layout = layout_of(CONTENT / file)
        for lang in LANGUAGES:
            texts = panel_texts(file, lang)
            check_dump(failures, publication, lang, layout)
            print_pdf = sample_pdf(publication, lang, "print")
            check_fold_marks(failures, publication, lang, layout, print_pdf)
            check_panel_texts(failures, f"{publication} {lang} print", print_pdf, layout, texts, "print")
            check_digital(failures, publication, lang, layout, texts)
    check_spreads(failures, leaflet, OUT / "panels-spreads")
    failures.finish("panels_geometry")


if __name__ == "__main__":
    main()
