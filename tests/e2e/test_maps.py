#!/usr/bin/env python3
"""Maps drawn by the engine: the handbook's schematic map in every language, a crowded fixture,
and bad base drawings.

The sample (content/quang-ngai/handbook/01-overview.xml, <map id="overview-map">), read back with
poppler's word boxes (pdftotext -bbox):
- one page of the digital edition shows every name of the map in that language, as the source's
  <t> spells it (the oracle is the XML, read here with ElementTree);
- on that page, inside the map's area (the box round those names), every word with a Latin letter
  is one the source's names or the layout's <map-words> give in that language, so no Vietnamese
  or English name is left in the ru, zh, ja or ko map, except names the content keeps in Latin
  ("VSIP", "Bờ Y" in Chinese);
- the scale bar's length is a word in its bottom left corner: 50 km, worked out by hand: the
  column is 84 mm = 238.1 pt for 2.35° of longitude at cos(14.77°) = 0.9670, so a degree of
  latitude is 104.8 pt and a kilometre 0.942 pt (111.195 km a degree); a quarter of the width
  is 63 km, and the largest of 1, 2, 5 × 10ⁿ under it is 50; the language's north letter
  stands on the same line a column's width (less the corners' 5 pt) to the right;
- the print edition's map page holds no image (pdfimages -list): the map is vector;
- the old picture (assets/province-map.png) is gone from the content.
The fixture (tests/fixtures/maps: twelve places on one spot, en and vi): each name is either
printed or named by a warning at its <place>'s line, never both, never neither; the printed
names' word boxes do not overlap; the digital Figure's generated alternative text opens with the
language's "Map:" and holds every name.
Bad drawings stop `brochure check` with an error at the drawing's line and column (the token the
message quotes is found there in the file), naming the <map>'s line; a base outside the content
folder is refused at the <map>."""
import re
import shutil

from support import CONTENT, LANGUAGES, OUT, ROOT, Failures, _load, brochure, pdf_pages, require, run, \
    sample_pdf, squash, text_of
from test_digital_tagged import Pdf, text

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
LAYOUT = ROOT / "layouts" / "handbook-a4.xml"


def words(pdf, page):
    result = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"])
    unescape = lambda s: s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return [(float(a), float(b), float(c), float(d), unescape(w)) for a, b, c, d, w in WORD.findall(result.stdout)]


def map_element(root, map_id):
    for element in root.iter("map"):
        if element.get("id") == map_id:
            return element
    raise SystemExit(f"no <map id=\"{map_id}\">")


def names_of(element, lang):
    return [text_of(child, lang) for child in element if child.tag in ("place", "area", "route")
            and text_of(child, lang)]


def map_words(lang):
    """north, scale, alt of the layout's <map-words> for `lang`, read from the layout file."""
    import xml.etree.ElementTree as ET
    for element in ET.parse(LAYOUT).getroot().iter("map-words"):
        if element.get("language") == lang:
            return element.get("north"), element.get("scale"), element.get("alt")
    raise SystemExit(f"no <map-words language=\"{lang}\"> in {LAYOUT}")


def find_names(ws, name):
    """Every box of `name` on a page: consecutive words on one line that spell it (a name may
    be one word or several, and CJK names are one word)."""
    target, found = squash(name), []
    for i in range(len(ws)):
        spelled, boxes = "", []
        for w in ws[i:i + 6]:
            if boxes and abs(w[1] - boxes[-1][1]) > 2:
                break
            spelled += squash(w[4])
            boxes.append(w)
            if spelled == target:
                found.append((min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                              max(b[3] for b in boxes)))
                break
            if not target.startswith(spelled):
                break
    return found


def find_name(ws, name):
    """The smallest box of `name` on a page: the map's names are set smaller than the text
    round the map, which may name the same places."""
    found = find_names(ws, name)
    return min(found, key=lambda b: b[3] - b[1]) if found else None


def map_page(pdf, names):
    for page in range(1, pdf_pages(pdf) + 1):
        ws = words(pdf, page)
        boxes = {n: find_name(ws, n) for n in names}
        if all(boxes.values()):
            return page, ws, boxes
    return None, [], {}


def check_sample(failures):
    root = _load(CONTENT / "handbook.xml")
    element = map_element(root, "overview-map")
    for lang in LANGUAGES:
        check = lambda condition, message: failures.check(condition, f"{lang}: {message}")
        names = names_of(element, lang)
        pdf = sample_pdf("qn-handbook", lang, "digital")
        page, ws, boxes = map_page(pdf, names)
        if not check(page is not None, f"no page shows every name of the map: {names}"):
            continue
        north, scale, _ = map_words(lang)
        scale_words = scale.replace("{n}", "50")
        # The scale bar's words stand in the bottom left corner, the north letter in the bottom
        # right, on about the same line: the map is a column wide (84 mm, 238.1 pt), the scale
        # words start 5 pt in from its left edge and the letter ends 5 to 7 pt in from its right.
        bar = find_name(ws, scale_words)
        if not check(bar is not None, f"page {page}: no scale bar of 50 km ({scale_words!r}) on the map"):
            continue
        letters = [b for b in find_names(ws, north) if abs(b[3] - bar[3]) < 6 and 220 < b[2] - bar[0] < 232]
        check(len(letters) == 1, f"page {page}: {len(letters)} north letters {north!r} at the map's bottom right "
                                 f"(its scale words at {bar[0]:.1f}, {bar[3]:.1f})")
        # The map's area: from the scale words' left edge a column wide, from its highest name
        # down to the scale words' foot (the text beside it is a column gap away).
        left, right = bar[0] - 5, bar[0] - 5 + 238.1
        top = min(b[1] for b in boxes.values()) - 4
        bottom = max(bar[3], max(b[3] for b in boxes.values())) + 4
        check(all(left - 1 <= b[0] and b[2] <= right + 1 and b[3] <= bottom for b in boxes.values()),
              f"page {page}: a name stands outside the map's area {left:.0f}…{right:.0f}: {boxes}")
        inside = [w for w in ws if w[0] >= left - 1 and w[2] <= right + 1 and w[1] >= top and w[3] <= bottom]
        allowed = set()
        for name in names + [north, scale_words]:
            allowed.update(squash(part) for part in name.split())
        foreign = [w[4] for w in inside if LATIN.search(w[4]) and squash(w[4]) not in allowed
                   and not any(squash(w[4]) in a for a in allowed)]
        check(not foreign, f"page {page}: words in the map's area that are not this language's names: {foreign}")

        print_pdf = sample_pdf("qn-handbook", lang, "print")
        print_page, _, _ = map_page(print_pdf, names)
        if check(print_page is not None, "the print edition has no map page"):
            listing = run(["pdfimages", "-list", "-f", str(print_page), "-l", str(print_page), print_pdf]).stdout
            images = [line for line in listing.splitlines()[2:] if line.strip()]
            check(not images, f"print page {print_page} (the map) holds images: {images}")
    overview = (CONTENT / "handbook" / "01-overview.xml").read_text(encoding="utf-8")
    failures.check("province-map.png" not in overview, "the handbook still places the raster map")


FIXTURE = ROOT / "tests" / "fixtures" / "maps" / "maps.xml"


def check_fixture(failures):
    out = OUT / "maps-fixture"
    shutil.rmtree(out, ignore_errors=True)
    r = brochure("build", FIXTURE, "--no-preview", "--out", out)
    if not failures.check(r.returncode == 0, f"fixture: exit {r.returncode}: {r.stderr[-500:]}"):
        return
    source_lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    element = map_element(_load(FIXTURE), "crowded-map")
    warnings = re.findall(r"maps\.xml:(\d+):\d+: warning: the <place> \"([^\"]*)\" \((\w+)\) has no room", r.stderr)
    for lang in ("en", "vi"):
        check = lambda condition, message: failures.check(condition, f"fixture {lang}: {message}")
        names = names_of(element, lang)
        pdf = next(out.rglob(f"*.{lang}.digital.pdf"))
        ws = [w for page in range(1, pdf_pages(pdf) + 1) for w in words(pdf, page)]
        printed = {n: find_name(ws, n) for n in names}
        warned = {name: int(line) for line, name, l in warnings if l == lang}
        for name in names:
            line = next(n for n, text in enumerate(source_lines, 1) if f">{name}<" in text)
            shown, reported = printed[name] is not None, name in warned
            check(shown != reported, f"{name!r}: printed {shown}, warned {reported} (exactly one is right)")
            if reported:
                check(warned[name] == line, f"{name!r}: warning at line {warned[name]}, the <place> is on {line}")
        check(len(warned) >= 1, "twelve names on one spot and none left out")
        check(sum(1 for b in printed.values() if b) >= 4, "fewer than four names found room round the spot")
        shown = [b for b in printed.values() if b]
        for i, a in enumerate(shown):
            for b in shown[i + 1:]:
                overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                check(not overlap, f"printed names overlap: {a} and {b}")
        _, _, alt_pattern = map_words(lang) if lang != "en" else (None, None, "Map: {names}.")
        tagged = Pdf(pdf)
        alts = [squash(text(o.get("value", {}).get("/Alt", ""))) for o in tagged.objects.values()
                if isinstance(o, dict) and isinstance(o.get("value"), dict) and o["value"].get("/S") == "/Figure"]
        generated = [a for a in alts if all(squash(n) in a for n in names)]
        if check(len(generated) == 1, f"{len(generated)} figures' alternative texts list every name, not one"):
            check(generated[0].startswith(squash(alt_pattern.split("{names}")[0])),
                  f"alternative text does not open with {alt_pattern!r}: {generated[0][:60]!r}")


def check_bad_drawings(failures):
    scratch = OUT / "maps-bad"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(FIXTURE.parent, scratch)
    drawing = scratch / "drawings" / "square.map"
    good = drawing.read_text(encoding="utf-8")
    map_line = next(n for n, text in enumerate(FIXTURE.read_text(encoding="utf-8").splitlines(), 1) if "<map " in text)
    for what, bad, token in [("a decimal comma", good.replace("0.8 0.8", "0.8 0,8", 1), "0,8"),
                             ("a point outside the extent", good.replace("0.2 0.8", "1.2 0.8", 1), "1.2"),
                             ("an unknown word", good.replace("line road road", "polyline road road"), "polyline")]:
        drawing.write_text(bad, encoding="utf-8")
        r = brochure("check", scratch / "maps.xml")
        failures.check(r.returncode != 0, f"{what}: exit {r.returncode}, expected non-zero")
        found = re.search(r"square\.map:(\d+):(\d+): error: ([^\n]*)", r.stderr)
        if not failures.check(found is not None, f"{what}: no square.map:line:col error in {r.stderr[-400:]!r}"):
            continue
        line, column, message = int(found.group(1)), int(found.group(2)), found.group(3)
        at = bad.splitlines()[line - 1][column - 1:]
        failures.check(at.startswith(token), f"{what}: {line}:{column} points at {at[:12]!r}, not {token!r}")
        failures.check(f"maps.xml:{map_line}:" in message, f"{what}: the message does not name the <map>: {message}")
    drawing.write_text(good, encoding="utf-8")
    outside = scratch / "maps.xml"
    outside.write_text(outside.read_text(encoding="utf-8").replace('base="drawings/square.map"', 'base="../square.map"'),
                       encoding="utf-8")
    shutil.copy(drawing, scratch.parent / "square.map")
    r = brochure("check", outside)
    failures.check(r.returncode != 0 and re.search(rf"maps\.xml:{map_line}:\d+: error: cannot read the map's base drawing",
                                                   r.stderr) is not None,
                   f"a base outside the content folder was not refused at the <map>: {r.stderr[-300:]!r}")


def main():
    require("pdftotext", "pdfimages", "pdfinfo", "qpdf")
    failures = Failures()
    check_sample(failures)
    check_fixture(failures)
    check_bad_drawings(failures)
    failures.finish("maps")


if __name__ == "__main__":
    main()
