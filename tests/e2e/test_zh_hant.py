#!/usr/bin/env python3
"""A seventh language from layout and content files alone: Traditional Chinese (zh-Hant) for
Taiwanese investors. tests/fixtures/zh-hant/handbook.xml (paragraphs, key figures, a table, a
label) is set with handbook-a4's <language code="zh-Hant"> and built; then, with tools and data
the engine did not write:
- pdftotext finds the traditional characters (國, 臺灣, 說明, 數據) and none of their simplified
  forms, the numbers as ICU's zh-Hant writes them (14,825.48; 2,161,755), the table label 表1 and
  the layout's label 資料來源;
- pdffonts lists only the Noto CJK TC faces among the CJK fonts;
- every CJK character is drawn with the glyph the TC face maps it to: the Identity-H codes of the
  PDF's content streams (read through its ToUnicode maps, decompressed by qpdf) are compared
  with the cmap of the "Noto Serif/Sans CJK TC" face of the installed .ttc, read here from the
  font file's own tables. The Noto CJK collections share one set of outlines among their SC, TC,
  JP and KR faces and differ in their cmaps, so a character the SC or JP face draws differently
  (骨, 直, 說, the centred "，" and "。" of Taiwan) must show the TC glyph id; the test counts
  such characters so it cannot pass on text where all faces agree.
Run from the repository root."""
import re
import shutil
import struct
import subprocess
import sys

from support import OUT, ROOT, Failures, brochure, pdftotext, require, run

FIXTURE = ROOT / "tests" / "fixtures" / "zh-hant" / "handbook.xml"
FOLDER = OUT / "zh-hant"
FONT_FILES = {"Serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
              "Sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "SerifBold": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
              "SansBold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"}


# --- the font files' own cmaps ---------------------------------------------------------------

def faces(path):
    """{family name: {code point: glyph id}} of every face of an OpenType collection."""
    data = open(path, "rb").read()
    if data[:4] != b"ttcf":
        return {}
    count = struct.unpack(">I", data[8:12])[0]
    offsets = struct.unpack(f">{count}I", data[12:12 + 4 * count])
    result = {}
    for offset in offsets:
        tables = {}
        num_tables = struct.unpack(">H", data[offset + 4:offset + 6])[0]
        for i in range(num_tables):
            record = offset + 12 + 16 * i
            tag = data[record:record + 4].decode("latin-1")
            table_offset, length = struct.unpack(">II", data[record + 8:record + 16])
            tables[tag] = (table_offset, length)
        family = name_of(data, *tables["name"])
        result[family] = cmap_of(data, tables["cmap"][0])
    return result


def name_of(data, offset, _length):
    """The family name (name id 1, Windows Unicode) of a face."""
    _, count, strings = struct.unpack(">HHH", data[offset:offset + 6])
    for i in range(count):
        platform, encoding, _, name_id, length, start = struct.unpack(">6H", data[offset + 6 + 12 * i:offset + 18 + 12 * i])
        if platform == 3 and encoding in (1, 10) and name_id == 1:
            at = offset + strings + start
            return data[at:at + length].decode("utf-16-be")
    return ""


def cmap_of(data, offset):
    """Code point -> glyph id from the format 12 (or else 4) Unicode subtable."""
    count = struct.unpack(">H", data[offset + 2:offset + 4])[0]
    subtables = {}
    for i in range(count):
        platform, encoding, sub = struct.unpack(">HHI", data[offset + 4 + 8 * i:offset + 12 + 8 * i])
        subtables[(platform, encoding)] = offset + sub
    mapping = {}
    if (3, 10) in subtables:
        at = subtables[(3, 10)]
        groups = struct.unpack(">I", data[at + 12:at + 16])[0]
        for g in range(groups):
            start, end, glyph = struct.unpack(">III", data[at + 16 + 12 * g:at + 28 + 12 * g])
            for code in range(start, end + 1):
                mapping[code] = glyph + code - start
        return mapping
    at = subtables[(3, 1)]
    segments = struct.unpack(">H", data[at + 6:at + 8])[0] // 2
    ends = struct.unpack(f">{segments}H", data[at + 14:at + 14 + 2 * segments])
    base = at + 16 + 2 * segments
    starts = struct.unpack(f">{segments}H", data[base:base + 2 * segments])
    deltas = struct.unpack(f">{segments}h", data[base + 2 * segments:base + 4 * segments])
    range_at = base + 4 * segments
    ranges = struct.unpack(f">{segments}H", data[range_at:range_at + 2 * segments])
    for s in range(segments):
        for code in range(starts[s], ends[s] + 1):
            if ranges[s] == 0:
                glyph = (code + deltas[s]) & 0xFFFF
            else:
                where = range_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                glyph = struct.unpack(">H", data[where:where + 2])[0]
                glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
            mapping[code] = glyph
    return mapping


# --- the PDF's glyphs ------------------------------------------------------------------------

def pdf_objects(pdf):
    """{object number: (dictionary text, decompressed stream bytes or None)} via qpdf --qdf."""
    qdf = FOLDER / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--decode-level=generalized", str(pdf), str(qdf)],
                   check=False, capture_output=True)
    data = qdf.read_bytes()
    objects = {}
    for m in re.finditer(rb"\n(\d+) 0 obj\n(.*?)\nendobj", data, re.S):
        body = m.group(2)
        stream = None
        s = re.search(rb"stream\n(.*)\nendstream", body, re.S)
        if s:
            stream = s.group(1)
            body = body[:s.start()]
        objects[int(m.group(1))] = (body.decode("latin-1"), stream)
    return objects


def to_unicode(cmap):
    """Two-byte code -> text from a ToUnicode CMap's bfchar and bfrange entries."""
    text = cmap.decode("latin-1")
    mapping = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for start, end, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(uni, 16)
            for i, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[code] = chr(first + i)
    return mapping


def shown_glyphs(pdf):
    """{font base name: {(code, text)}} of every string a content stream shows in a Type0 font."""
    objects = pdf_objects(pdf)
    fonts = {}  # object number -> (base name, code -> text)
    for number, (body, _) in objects.items():
        if "/Subtype /Type0" in body:
            base = re.search(r"/BaseFont /(\S+)", body).group(1)
            unicode_ref = re.search(r"/ToUnicode (\d+) 0 R", body)
            cmap = to_unicode(objects[int(unicode_ref.group(1))][1]) if unicode_ref else {}
            fonts[number] = (base, cmap)
    shown = {}
    for number, (body, stream) in objects.items():
        if stream is None or b"Tf" not in stream:
            continue
        # A content stream's font resources: those of the page (or form) that names it.
        names = {}
        for owner_body, _ in objects.values():
            if re.search(rf"/Contents \[?[^/]*\b{number} 0 R", owner_body):
                names.update(font_names(owner_body, objects))
        if not names:
            names = font_names(body, objects)
        current = None
        for token in re.finditer(rb"/(\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\[([^\]]*)\]\s*TJ", stream):
            if token.group(1):
                current = names.get(token.group(1).decode("latin-1"))
                continue
            hexes = [token.group(2)] if token.group(2) is not None else re.findall(rb"<([0-9A-Fa-f]*)>", token.group(3))
            if current is None or current not in fonts:
                continue
            base, cmap = fonts[current]
            for h in hexes:
                raw = bytes.fromhex(h.decode())
                for i in range(0, len(raw) - 1, 2):
                    code = raw[i] << 8 | raw[i + 1]
                    shown.setdefault(base, set()).add((code, cmap.get(code, "")))
    return shown


def font_names(body, objects):
    """/F1 -> font object number, from a /Resources dictionary written inline or by reference."""
    resources = re.search(r"/Resources (\d+) 0 R", body)
    if resources:
        body = objects[int(resources.group(1))][0]
    font = re.search(r"/Font (\d+) 0 R", body)
    if font:
        body = objects[int(font.group(1))][0]
    return {name: int(ref) for name, ref in re.findall(r"/(\w+) (\d+) 0 R", body)}


def is_cjk(text):
    return len(text) == 1 and (0x3000 <= ord(text) <= 0x9FFF or 0xFF00 <= ord(text) <= 0xFFEF)


# --- the checks ------------------------------------------------------------------------------

def check_text(failures, pdf):
    text = "".join(pdftotext(pdf).split())
    for phrase in ("國", "臺灣", "說明", "數據", "面積", "14,825.48", "2,161,755", "表1", "資料來源："):
        failures.check(phrase in text, f"pdftotext finds no {phrase!r}")
    for simplified in ("国", "台湾", "说明", "数据", "面积"):
        failures.check(simplified not in text, f"the simplified form {simplified!r} is printed")


def check_fonts(failures, pdf):
    listing = run(["pdffonts", pdf]).stdout
    names = [line.split()[0] for line in listing.splitlines()[2:] if line.strip()]
    cjk = [n for n in names if "CJK" in n]
    failures.check(cjk, f"pdffonts lists no Noto CJK font: {names}")
    for name in cjk:
        failures.check(re.search(r"CJKtc-", name) is not None, f"pdffonts lists {name}, not a TC face")


def check_glyphs(failures, pdf):
    tc, others = {}, {}  # by style ("Serif", "SansBold", …): the TC face's cmap, the SC and JP faces'
    for style, path in FONT_FILES.items():
        for family, cmap in faces(path).items():
            if "Mono" in family:
                continue
            if family.endswith(" TC"):
                tc[style] = cmap
            elif family.endswith((" SC", " JP")):
                others.setdefault(style, []).append(cmap)
    failures.check(sorted(tc) == sorted(FONT_FILES), f"TC faces found in {sorted(tc)}; expected {sorted(FONT_FILES)}")
    checked = differing = 0
    for base, glyphs in shown_glyphs(pdf).items():
        if "CJKtc" not in base:
            continue
        style = ("Sans" if "Sans" in base else "Serif") + ("Bold" if "Bold" in base else "")
        if not failures.check(style in tc, f"no TC face read for {base}"):
            continue
        for code, text in glyphs:
            if not is_cjk(text):
                continue
            expected = tc[style].get(ord(text))
            checked += 1
            failures.check(code == expected, f"{base}: {text!r} is drawn with glyph {code}; the TC face's is {expected}")
            if any(other.get(ord(text)) not in (None, expected) for other in others.get(style, [])):
                differing += 1
    failures.check(checked >= 100, f"only {checked} CJK glyphs checked; the test needs the fixture's text")
    failures.check(differing >= 5, f"only {differing} of the checked characters look different in the SC or JP "
                                   f"face; the check would not tell the faces apart")
    print(f"{checked} CJK glyphs drawn with the TC face's glyph ids; {differing} of them differ in the SC or JP face")


def main():
    require("pdftotext", "pdffonts", "qpdf")
    failures = Failures()
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    result = brochure("build", FIXTURE, "--edition", "digital", "--no-preview", "--out", FOLDER)
    if not failures.check(result.returncode == 0, f"the zh-Hant handbook does not build: {result.stderr[-1500:]}"):
        failures.finish("zh-Hant")
    pdf = FOLDER / "qn-zh-hant" / "qn-zh-hant.zh-Hant.digital.pdf"
    if failures.check(pdf.exists(), f"no {pdf}"):
        check_text(failures, pdf)
        check_fonts(failures, pdf)
        check_glyphs(failures, pdf)
    failures.finish("zh-Hant")
    return 0


if __name__ == "__main__":
    sys.exit(main())
