#!/usr/bin/env python3
"""The cmyk-only preflight profile (issue 16), asked of tools the engine did not write.

Fixtures (tests/fixtures/print-e2e/cmyk-only-*.xml, layout print-e2e-cmyk-only: a panel on a
sand tint):
  clean           an RGB colour chart and a 7 pt caption in 60 % K: 0 errors, 0 warnings; the
                  chart is CMYK in the file (pdfimages -list), its 24 patches, read from the
                  written image through the embedded output profile with lcms2, are within
                  ΔE2000 3 of the sRGB original (measured: worst 2.73, mean 1.31); Ghostscript's
                  yellow plate shows no hole under the caption (it overprints)
  label           a 7 pt label in the three-ink blue   small-text-inks at the <p>'s line
  rgb-image       the chart, layout keeps RGB images    rgb-image at the <figure>'s line
  tinted-caption  a 7 pt caption in 70 % cyan on sand   small-text-knockout at the <p>'s line;
                  built with --force, Ghostscript's yellow plate has holes under it (so the
                  plate check above can fail)

Samples (the print files test_build_samples.py wrote, layouts with the cmyk-only profile): no
image but CMYK or gray (pdfimages -list); reports with 0 errors and 0 warnings naming the
profile and the embedded output profile; in Ghostscript's separations (tiffsep, 150 dpi) no
text under 9 pt changes more than one plate (its inks, and any tint it knocks out), measured in the cell of
the first glyph of every such run the display list (--dump) places (white text, a reverse, is
not measured). Total ink per pixel is
test_print_separations.py's."""
import ctypes
import ctypes.util
import json
import math
import re
import shutil
import struct
import subprocess
import zlib

from support import (CONTENT, LANGUAGES, OUT, PLATES, PUBLICATIONS, ROOT, SAMPLES, Failures, brochure, read_dump,
                     read_tiff, require, run, sample_pdf, separate)

FIXTURES = ROOT / "tests" / "fixtures" / "print-e2e"
SMALL_TEXT = 9.0
DPI = 150
INK_STEP = 64  # of 255: a plate that changes this much under a glyph carries (or knocks out) it


def line_of(fixture, needle):
    for number, line in enumerate((FIXTURES / f"{fixture}.xml").read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise ValueError(f"{needle} not in {fixture}")


def build(fixture, out, *extra):
    return brochure("build", FIXTURES / f"{fixture}.xml", "--edition", "print", "--no-preview", "--out", out, *extra)


def report(out, fixture, refused):
    name = "preflight-failed" if refused else "preflight"
    folder = out / fixture
    return ((folder / f"{fixture}.en.{name}.txt").read_text(encoding="utf-8"),
            json.loads((folder / f"{fixture}.en.{name}.json").read_text(encoding="utf-8")))


def image_colours(pdf):
    """The colour column of `pdfimages -list`, one per image."""
    result = run(["pdfimages", "-list", pdf])
    return [line.split()[5] for line in result.stdout.splitlines()[2:] if line.strip()]


# --- ΔE2000 of the converted chart, through lcms2 (ctypes) -------------------------------------

class Lcms:
    TYPE_RGB_8 = (4 << 16) | (3 << 3) | 1
    TYPE_CMYK_8 = (6 << 16) | (4 << 3) | 1
    TYPE_LAB_DBL = (1 << 22) | (10 << 16) | (3 << 3)
    RELATIVE = 1

    def __init__(self):
        self.lib = ctypes.CDLL(ctypes.util.find_library("lcms2") or "liblcms2.so.2")
        self.lib.cmsOpenProfileFromMem.restype = ctypes.c_void_p
        self.lib.cmsOpenProfileFromMem.argtypes = [ctypes.c_char_p, ctypes.c_uint32]
        self.lib.cmsCreate_sRGBProfile.restype = ctypes.c_void_p
        self.lib.cmsCreateLab4Profile.restype = ctypes.c_void_p
        self.lib.cmsCreateLab4Profile.argtypes = [ctypes.c_void_p]
        self.lib.cmsCreateTransform.restype = ctypes.c_void_p
        self.lib.cmsCreateTransform.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_uint32,
                                                ctypes.c_uint32, ctypes.c_uint32]
        self.lib.cmsDoTransform.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint32]

    def to_lab(self, profile, kind, pixel):
        lab = self.lib.cmsCreateLab4Profile(None)
        transform = self.lib.cmsCreateTransform(profile, kind, lab, self.TYPE_LAB_DBL, self.RELATIVE, 0)
        out = (ctypes.c_double * 3)()
        source = bytes(pixel)
        self.lib.cmsDoTransform(transform, source, out, 1)
        return tuple(out)


def delta_e2000(lab1, lab2):
    """CIEDE2000 (Sharma, Wu, Dalal 2005)."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    g = 0.5 * (1 - math.sqrt(((c1 + c2) / 2) ** 7 / (((c1 + c2) / 2) ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0
    dl, dc = l2 - l1, c2p - c1p
    dh = 0 if c1p * c2p == 0 else (h2p - h1p if abs(h2p - h1p) <= 180 else h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360)
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lm, cm = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hm = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hm = (h1p + h2p) / 2
    else:
        hm = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hm - 30)) + 0.24 * math.cos(math.radians(2 * hm))
         + 0.32 * math.cos(math.radians(3 * hm + 6)) - 0.20 * math.cos(math.radians(4 * hm - 63)))
    sl = 1 + 0.015 * (lm - 50) ** 2 / math.sqrt(20 + (lm - 50) ** 2)
    sc, sh = 1 + 0.045 * cm, 1 + 0.015 * cm * t
    rt = (-2 * math.sqrt(cm ** 7 / (cm ** 7 + 25 ** 7))
          * math.sin(math.radians(60 * math.exp(-(((hm - 275) / 25) ** 2)))))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def qpdf_objects(pdf):
    """{"12 0 R": dictionary}; a stream by its dictionary (qpdf's JSON version 1)."""
    return json.loads(run(["qpdf", "--json=1", "--json-key=objects", pdf]).stdout)["objects"]


def stream_data(pdf, ref):
    return subprocess.run(["qpdf", f"--show-object={ref.split()[0]}", "--filtered-stream-data", str(pdf)],
                          capture_output=True, check=True).stdout


def png_patches(path):
    """The centre pixel of each 40 px patch of the chart PNG (8-bit RGB, filter 0 rows)."""
    data = path.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        (size,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + size]
        pos += 12 + size
    rows = zlib.decompress(idat)
    stride = 1 + width * 3
    return width, height, [rows[(y * 40 + 20) * stride + 1 + (x * 40 + 20) * 3:][:3]
                           for y in range(height // 40) for x in range(width // 40)]


def check_chart(failures, pdf):
    """The chart's patches as written (CMYK through the embedded output profile) against the
    original (sRGB), both to Lab by lcms2, relative colorimetric."""
    width, height, originals = png_patches(FIXTURES / "colour-chart-240x160.png")
    objects = qpdf_objects(pdf)
    images = [key for key, value in objects.items()
              if isinstance(value, dict) and value.get("/Subtype") == "/Image" and value.get("/Width") == width]
    intents = [value for value in objects.values() if isinstance(value, dict) and value.get("/S") == "/GTS_PDFX"]
    if not failures.check(len(images) == 1 and len(intents) == 1, f"{pdf.name}: chart images {images}, intents"):
        return
    chart = objects[images[0]]
    failures.check(chart.get("/ColorSpace") == "/DeviceCMYK", f"chart colour space {chart.get('/ColorSpace')}")
    cmyk = stream_data(pdf, images[0])
    profile_bytes = stream_data(pdf, intents[0]["/DestOutputProfile"])
    lcms = Lcms()
    press = lcms.lib.cmsOpenProfileFromMem(profile_bytes, len(profile_bytes))
    srgb = lcms.lib.cmsCreate_sRGBProfile()
    worst = []
    for i, original in enumerate(originals):
        x, y = (i % 6) * 40 + 20, (i // 6) * 40 + 20
        printed = cmyk[(y * width + x) * 4:][:4]
        source = lcms.to_lab(srgb, Lcms.TYPE_RGB_8, original)
        reproduced = lcms.to_lab(press, Lcms.TYPE_CMYK_8, printed)
        delta = delta_e2000(source, reproduced)
        worst.append((round(delta, 2), i + 1, tuple(original), tuple(printed)))
    worst.sort(reverse=True)
    print(f"chart ΔE2000, worst five (ΔE, patch, sRGB, CMYK bytes): {worst[:5]}; "
          f"mean {sum(w[0] for w in worst) / len(worst):.2f}")
    failures.check(len(worst) == 24 and worst[0][0] <= 3, f"{pdf.name}: patches over ΔE2000 3: {worst[:6]}")


# --- plates under small text -----------------------------------------------------------------

def plates_under(plates, box):
    """The plates that change within the glyph's cell: those that carry it and those it knocks
    out of a tint. Small text in one ink that overprints changes one."""
    changed = []
    left, top, right, bottom = box
    for name, plate in plates.items():
        values = [v for y in range(top, bottom + 1) for v in plate.row(y, left, right + 1)]
        if values and max(values) - min(values) > INK_STEP:
            changed.append(name)
    return changed


def sheet_placements(dump_path):
    """{page number (1-based): (pdf page, x, y)} from the dump's sheets; pages print one a
    sheet at the origin when there are none."""
    placements, sheet = {}, 0
    for line in dump_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("sheet "):
            sheet += 1
        elif match := re.match(r"  place page (\d+) at (-?[\d.]+),(-?[\d.]+)", line):
            placements[int(match.group(1))] = (sheet, float(match.group(2)), float(match.group(3)))
    return placements


def small_runs(page):
    """The page's runs under the small-text size that print in ink (a white reverse is meant to
    knock out and is not measured here)."""
    return [run_ for run_ in page.runs
            if run_[0] < SMALL_TEXT and run_[4].strip() and run_[4][0] != " " and run_[1].split("@")[0] != "paper"]


def check_sample_plates(failures, publication, lang, scratch):
    """Separates the print file and looks under every small run for the plates it changes.
    Returns (runs listed in the dump, runs measured on the plates)."""
    pdf = sample_pdf(publication, lang, "print")
    dump = SAMPLES / publication / f"{publication}.{lang}.dump.txt"
    pages = read_dump(dump)
    listed = sum(len(small_runs(page)) for page in pages)
    if listed == 0:
        # A panel that fills its space scales its type up: the flyer may have no small text.
        return 0, 0
    placements = sheet_placements(dump)
    separated = separate(pdf, scratch, DPI)
    # The trim's origin on the separated raster: bleed and slug around it, as the MediaBox has.
    media = run(["pdfinfo", "-box", pdf]).stdout
    media_box = [float(v) for v in re.search(r"MediaBox:\s+([\d. ]+)", media).group(1).split()]
    trim_box = [float(v) for v in re.search(r"TrimBox:\s+([\d. ]+)", media).group(1).split()]
    ox, oy = trim_box[0] - media_box[0], media_box[3] - trim_box[3]
    px = lambda points: int(round(points * DPI / 72))
    checked, multi = 0, []
    for page in pages:
        sheet, sx, sy = placements.get(page.number, (page.number, 0, 0))
        plates = {name: read_tiff(path) for name, path in separated.get(sheet, {}).items() if name in PLATES}
        if len(plates) != 4:
            continue
        for size, fill, x, y, text in small_runs(page):
            left, baseline = ox + sx + x, oy + sy + y
            box = (px(left), px(baseline - 0.75 * size), px(left + 0.6 * size), px(baseline) - 1)
            changed = plates_under(plates, box)
            checked += 1
            if len(changed) > 1:
                multi.append((page.number, text[:20], size, fill, changed))
    failures.check(checked == listed, f"{pdf.name}: {listed} small runs in the dump, {checked} measured on the plates "
                                      f"(a sheet without its four plates?)")
    failures.check(not multi, f"{pdf.name}: {len(multi)} small runs change more than one plate (several inks, or a "
                              f"knockout): {multi[:4]}")
    shutil.rmtree(scratch, ignore_errors=True)
    return listed, checked


# --- the checks --------------------------------------------------------------------------------

def check_fixtures(failures, scratch):
    out = scratch / "fixtures"
    result = build("cmyk-only-clean", out)
    failures.check(result.returncode == 0, f"clean: exit {result.returncode}: {result.stderr[-400:]}")
    text, data = report(out, "cmyk-only-clean", refused=False)
    failures.check((data["errors"], data["warnings"], data["findings"]) == (0, 0, []), f"clean: {data}")
    failures.check(data["profile"]["name"] == "cmyk-only" and data["profile"]["small_text_pt"] == 9,
                   f"clean: profile {data['profile']}")
    intent = data["profile"]["output_intent"]
    failures.check("FOGRA39" in intent and "Made from FOGRA39L.ti3" in intent, f"clean: output intent {intent!r}")
    failures.check(text.startswith("profile: cmyk-only") and "output intent: FOGRA39" in text, f"clean: {text[:300]}")
    pdf = out / "cmyk-only-clean" / "cmyk-only-clean.en.print.pdf"
    failures.check(image_colours(pdf) == ["cmyk"], f"clean: pdfimages colours {image_colours(pdf)}")
    check_chart(failures, pdf)
    caption_yellow = yellow_under_words(pdf, scratch / "clean-plates", "Figures")
    failures.check(caption_yellow is not None and caption_yellow[1] <= caption_yellow[0] + 8,
                   f"clean: the yellow plate under the 60 % K caption (median, lightest) {caption_yellow}: knocked out")

    sources = {
        "cmyk-only-label": ("small-text-inks", line_of("cmyk-only-label", 'style="label"')),
        "cmyk-only-rgb-image": ("rgb-image", line_of("cmyk-only-rgb-image", "<figure")),
        "cmyk-only-tinted-caption": ("small-text-knockout", line_of("cmyk-only-tinted-caption", 'style="fine-cyan"')),
    }
    for fixture, (check, line) in sources.items():
        result = build(fixture, out)
        failures.check(result.returncode == 1, f"{fixture}: exit {result.returncode}")
        text, data = report(out, fixture, refused=True)
        found = [f for f in data["findings"] if f["check"] == check]
        pattern = rf".*{re.escape(fixture)}\.xml:{line}:\d+"
        failures.check(found and all(f["level"] == "error" and re.fullmatch(pattern, f["source"] or "") for f in found),
                       f"{fixture}: {check} at line {line}? {[(f['check'], f['level'], f['source']) for f in data['findings']]}")
        failures.check(any(l.startswith(f"error: page 1: {check}: ") and re.search(rf"{re.escape(fixture)}\.xml:{line}:", l)
                           for l in text.splitlines()), f"{fixture}: text report:\n{text}")
        # And on the terminal, where an editor jumps to it: file:line:col of the element.
        failures.check(re.search(rf"{re.escape(fixture)}\.xml:{line}:\d+: error: preflight \(.*{check}", result.stderr),
                       f"{fixture}: stderr does not point at line {line}:\n{result.stderr[-600:]}")

    # The knockout, seen on the plates: holes in the yellow tint under the cyan caption.
    result = build("cmyk-only-tinted-caption", out, "--force")
    holes = yellow_under_words(out / "cmyk-only-tinted-caption" / "cmyk-only-tinted-caption.en.print.pdf",
                               scratch / "knockout-plates", "Figures")
    failures.check(holes is not None and holes[1] > holes[0] + INK_STEP,
                   f"tinted caption: the yellow plate shows no knockout under it {holes}")


def yellow_under_words(pdf, folder, first_word):
    """(median, lightest) of the yellow plate inside the word boxes (pdftotext -bbox) of the
    line starting with `first_word`, separated by Ghostscript at 300 dpi; None if not found."""
    html = run(["pdftotext", "-bbox", pdf, "-"]).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    start = next((i for i, w in enumerate(words) if w[4] == first_word), None)
    if start is None:
        return None
    line = [w for w in words[start:start + 6] if abs(float(w[1]) - float(words[start][1])) < 1]
    plates = separate(pdf, folder, 300)
    yellow = read_tiff(plates[1]["Yellow"])
    values = []
    for x0, y0, x1, y1, _ in line:
        s = 300 / 72
        for y in range(int(float(y0) * s) + 1, int(float(y1) * s)):
            values += yellow.row(y, int(float(x0) * s) + 1, int(float(x1) * s))
    shutil.rmtree(folder, ignore_errors=True)
    values.sort()
    return (values[len(values) // 2], values[-1]) if values else None


def check_samples(failures, scratch):
    measured = {}
    for publication in PUBLICATIONS:
        for lang in LANGUAGES:
            pdf = sample_pdf(publication, lang, "print")
            colours = image_colours(pdf)
            failures.check(all(c in ("cmyk", "gray") for c in colours), f"{pdf.name}: images in {colours}")
            data = json.loads((SAMPLES / publication / f"{publication}.{lang}.preflight.json").read_text(encoding="utf-8"))
            failures.check(data["profile"]["name"] == "cmyk-only" and (data["errors"], data["warnings"]) == (0, 0),
                           f"{pdf.name}: preflight {data['profile']['name']}, {data['errors']} errors, "
                           f"{data['warnings']} warnings: {[f['message'][:80] for f in data['findings'][:3]]}")
            listed, checked = check_sample_plates(failures, publication, lang, scratch / f"{publication}.{lang}")
            measured[publication] = measured.get(publication, 0) + checked
    print(f"small runs measured on the plates: {measured}")
    # The handbook and the leaflet carry captions, sources and notes under 9 pt in every language:
    # if none is measured, the check has silently stopped looking.
    for publication in ("qn-handbook", "qn-leaflet"):
        failures.check(measured.get(publication, 0) > 0, f"{publication}: no small text measured on any plate")


def main():
    require("gs", "pdfimages", "pdftotext", "qpdf")
    failures = Failures()
    scratch = OUT / "print_cmyk_only"
    shutil.rmtree(scratch, ignore_errors=True)
    check_fixtures(failures, scratch)
    check_samples(failures, scratch)
    failures.finish("print_cmyk_only")


if __name__ == "__main__":
    main()
