"""Shared helpers of the end-to-end tests: where things are, running the engine and the
independent tools (poppler, qpdf, Ghostscript), and reading the source text of a publication
back from the XML with Python's own parser, so the check does not trust the engine's reader."""
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import cldr_numbers

ROOT = pathlib.Path(__file__).resolve().parents[2]
BROCHURE = pathlib.Path(os.environ.get("BROCHURE", ROOT / "build" / "brochure"))
OUT = pathlib.Path(os.environ.get("BROCHURE_E2E_OUT", ROOT / "build" / "tests" / "e2e"))
SAMPLES = OUT / "samples"          # written once by test_build_samples.py (a CTest fixture)
CONTENT = ROOT / "content" / "quang-ngai"
LANGUAGES = ["vi", "en", "zh", "ru", "ko", "ja"]
PUBLICATIONS = {"qn-handbook": "handbook.xml", "qn-leaflet": "leaflet.xml", "qn-flyer": "flyer.xml",
                "qn-infographic": "infographic.xml"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Failures:
    """Collects failed checks so one run reports all of them; exits non-zero at the end."""

    def __init__(self):
        self.items = []

    def check(self, condition, message):
        if not condition:
            self.items.append(message)
        return condition

    def finish(self, what):
        if self.items:
            for item in self.items[:60]:
                print("FAIL:", item)
            if len(self.items) > 60:
                print(f"... and {len(self.items) - 60} more")
            sys.exit(f"{what}: {len(self.items)} failure(s)")
        print(f"{what}: ok")


def require(*tools):
    for tool in tools:
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed; ./setup.sh installs it")


def run(args, **kwargs):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", **kwargs)


def brochure(*args, **kwargs):
    return run([BROCHURE, *args], **kwargs)


def sample_pdf(publication, lang, edition):
    path = SAMPLES / publication / f"{publication}.{lang}.{edition}.pdf"
    if not path.exists():
        sys.exit(f"{path} is missing: the fixture test 'e2e: build_samples' must run first")
    return path


def pdftotext(pdf, first=None, last=None, raw=False, area=None):
    """poppler's text. raw: in content-stream order (no reading-order guesses, which merge the
    lines of two CJK columns); area: (x, y, width, height) in points, from the top-left."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if raw:
        args.append("-raw")
    if area:
        args += ["-x", str(int(area[0])), "-y", str(int(area[1])), "-W", str(int(area[2])), "-H", str(int(area[3]))]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    result = run(args + [pdf, "-"])
    if result.returncode != 0:
        raise RuntimeError(f"pdftotext {pdf}: {result.stderr}")
    return result.stdout


def pdf_pages(pdf):
    info = run(["pdfinfo", pdf]).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


# --- the source, read independently -------------------------------------------------------

def _load(path):
    """The element tree of a publication with every <include> replaced by the included root."""
    tree = ET.parse(path)
    root = tree.getroot()

    def expand(element, folder):
        for index, child in enumerate(list(element)):
            if child.tag == "include":
                target = (folder / child.get("href")).resolve()
                included = ET.parse(target).getroot()
                expand(included, target.parent)
                element.remove(child)
                element.insert(index, included)
            else:
                expand(child, folder)

    expand(root, pathlib.Path(path).parent)
    return root


def amount_text(element, lang):
    """What a <num> or <fact> prints in `lang`: its own value or its indicator's in the sample's
    data file, formatted by the CLDR oracle (cldr_numbers), not by the engine."""
    if element.get("ref"):
        value, decimals, unit = cldr_numbers.indicators(CONTENT / "figures.xml")[element.get("ref")]
    else:
        value, decimals, unit = element.get("value"), "0", element.get("unit", "")
    decimals = element.get("decimals", decimals)
    return cldr_numbers.format_amount(value, decimals, unit, element.get("style") == "compact", lang)


def _inline_text(element, lang):
    parts = [element.text or ""]
    for child in element:
        if child.tag == "num":
            parts.append(amount_text(child, lang))
        elif child.tag == "br":
            parts.append(" ")
        else:
            parts.append(_inline_text(child, lang))
        parts.append(child.tail or "")
    return "".join(parts)


def text_of(element, lang):
    """The text of a text-bearing element in `lang`: its <t xml:lang> or its neutral content."""
    translations = [t for t in element if t.tag == "t"]
    if translations:
        for t in translations:
            if t.get(XML_LANG) == lang:
                return xml_space(_inline_text(t, lang))
        return ""
    return xml_space(_inline_text(element, lang))


def xml_space(text):
    """XML white space collapsed as the engine does; a no-break space is kept (str.split would
    take it for white space)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" \t\r\n")


def source_texts(publication_file, lang, tags=("h", "p", "li")):
    """(tag, text) of every element with one of `tags`, in document order."""
    root = _load(CONTENT / publication_file if not os.path.isabs(publication_file) else publication_file)
    out = []
    for element in root.iter():
        if element.tag in tags:
            text = text_of(element, lang)
            if text:
                out.append((element.tag, text))
    return out


def headings(publication_file, lang, max_level=3):
    """Section headings (level, id, title) in document order."""
    root = _load(CONTENT / publication_file)
    out = []

    def walk(element, level):
        for child in element:
            if child.tag == "section":
                title = child.find("h")
                out.append((level, child.get("id"), text_of(title, lang) if title is not None else ""))
                walk(child, level + 1)

    walk(root, 1)
    return [h for h in out if h[0] <= max_level]


def squash(text):
    """Text compared without white space and soft hyphens: pdftotext breaks lines and columns
    its own way, and a hyphen the engine inserted at a line end stands for U+00AD."""
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", "", text)


# --- the print edition: geometry read from the layout files, and the tools' raster output -----

POINTS_PER_UNIT = {"pt": 1.0, "": 1.0, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0}


def length(text):
    """A layout length in points: 3mm, 0.5pt, 1.2cm, 1in, or a bare number of points."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*(pt|mm|cm|in|)\s*", text)
    if not match:
        raise ValueError(f"not a length: {text!r}")
    return float(match.group(1)) * POINTS_PER_UNIT[match.group(2)]


def find_upwards(start, relative):
    """`relative` in `start` or the nearest folder above it that has it, as the engine looks."""
    for folder in [start, *start.parents]:
        if (folder / relative).exists():
            return folder / relative
    return None


def layout_chain(publication_file):
    """(path, root element) of the publication's layout and then of each base it derives from."""
    publication_file = pathlib.Path(publication_file).resolve()
    layout_id = ET.parse(publication_file).getroot().get("layout")
    path = find_upwards(publication_file.parent, pathlib.Path("layouts") / f"{layout_id}.xml")
    if path is None:
        raise FileNotFoundError(f"layouts/{layout_id}.xml above {publication_file}")
    chain = []
    while path is not None:
        root = ET.parse(path).getroot()
        chain.append((path, root))
        path = path.parent / f"{root.get('base')}.xml" if root.get("base") else None
    return chain


class PrintGeometry:
    """What the layout says about the printed sheet: trim size, bleed, the slug around the bleed
    for printer's marks, safe margin, ink limit, output profile, and the press sheets with their
    panels. Read with Python's XML parser from the layout file and its bases: a derived file's
    <page>, <print>, <sheets> or <reading-order> replaces its base's whole element."""

    def __init__(self, publication_file):
        chain = layout_chain(publication_file)

        def part(tag):
            for path, root in chain:
                element = root.find(tag)
                if element is not None:
                    return path, element
            return None, None

        _, page = part("page")
        self.width, self.height = length(page.get("width")), length(page.get("height"))
        self.bleed = length(page.get("bleed", "3mm"))            # DESIGN.md: 3 mm by default
        self.safe_margin = length(page.get("safe-margin", "5mm"))
        print_path, settings = part("print")
        self.slug = length(settings.get("slug"))
        self.max_ink = float(settings.get("max-ink").rstrip("%")) / 100
        self.output_profile = print_path.parent / settings.get("output-profile")
        self.output_condition = settings.get("output-condition")
        _, sheets = part("sheets")
        self.sheets = [] if sheets is None else [
            (sheet.get("name"), [(panel.get("name"), length(panel.get("width"))) for panel in sheet.findall("panel")])
            for sheet in sheets.findall("sheet")]
        _, order = part("reading-order")
        self.reading_order = order.text.split() if order is not None else []
        # {name: (c, m, y, k) in 0..1, or None when the layout gives only RGB}; a derived file's
        # swatch of the same name wins
        self.swatches = {}
        for _, root in reversed(chain):
            for swatch in root.iter("swatch"):
                cmyk = swatch.get("cmyk")
                self.swatches[swatch.get("name")] = tuple(float(v) / 100 for v in cmyk.split()) if cmyk else None

    def trims(self, document_pages):
        """(width, height) of the trim of each page of the print PDF: a press sheet is as wide as
        its panels side by side; without sheets, every document page is a PDF page."""
        if self.sheets:
            return [(sum(width for _, width in panels), self.height) for _, panels in self.sheets]
        return [(self.width, self.height)] * document_pages

    def panels(self):
        """{panel name: (sheet index, x of its left edge on the sheet, width)}."""
        out = {}
        for index, (_, panels) in enumerate(self.sheets):
            x = 0.0
            for name, width in panels:
                out[name] = (index, x, width)
                x += width
        return out

    def boxes(self, trim_width, trim_height):
        """The page boxes in PDF user space: the MediaBox starts at 0 0 and holds the slug all
        round the BleedBox, which holds the bleed all round the TrimBox."""
        s, m = self.slug, self.slug + self.bleed
        return {"MediaBox": (0, 0, trim_width + 2 * m, trim_height + 2 * m),
                "BleedBox": (s, s, s + trim_width + 2 * self.bleed, s + trim_height + 2 * self.bleed),
                "TrimBox": (m, m, m + trim_width, m + trim_height)}


def crop_mark_strips(geometry, trim_width, trim_height, dpi, start, end):
    """{(corner, direction): pixel box} of the strips along the edge lines of the trim, from
    `start` to `end` points outside it, a pixel wide either side of the line: where the crop marks
    are (start and end in the slug) or must not be (in the bleed). Pixels of a raster of the whole
    MediaBox at `dpi`, (left, top, right, bottom) inclusive, counted from the top left."""
    margin, pixel = geometry.bleed + geometry.slug, 72 / dpi

    def box(x0, x1, y0, y1):
        (left, right), (top, bottom) = sorted((x0, x1)), sorted((y0, y1))
        return tuple(int((v + margin) * dpi / 72) for v in (left, top, right, bottom))

    strips = {}
    for x in (0, trim_width):
        for y in (0, trim_height):
            out_x, out_y = (-1 if x == 0 else 1), (-1 if y == 0 else 1)
            corner = f"{'left' if x == 0 else 'right'} {'top' if y == 0 else 'bottom'}"
            strips[corner, "horizontal"] = box(x + out_x * start, x + out_x * end, y - pixel, y + pixel)
            strips[corner, "vertical"] = box(x - pixel, x + pixel, y + out_y * start, y + out_y * end)
    return strips


def page_boxes(pdf, pages):
    """[{box name: (left, bottom, right, top)}] of pages 1..pages, as pdfinfo -box reports them."""
    result = run(["pdfinfo", "-box", "-f", "1", "-l", str(pages), pdf])
    if result.returncode != 0:
        raise RuntimeError(f"pdfinfo {pdf}: {result.stderr}")
    boxes = {}
    for match in re.finditer(r"^Page\s+(\d+) (\w+Box):\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$", result.stdout, re.M):
        boxes.setdefault(int(match.group(1)), {})[match.group(2)] = tuple(map(float, match.group(3, 4, 5, 6)))
    return [boxes[n] for n in sorted(boxes)]


class Gray:
    """An 8-bit single-channel raster: width, height and one byte per pixel, row by row."""

    def __init__(self, width, height, pixels):
        if len(pixels) < width * height:
            raise ValueError(f"{len(pixels)} bytes for {width}x{height} pixels")
        self.width, self.height, self.pixels = width, height, pixels

    def row(self, y, x0=0, x1=None):
        start = y * self.width
        return self.pixels[start + x0:start + (self.width if x1 is None else x1)]

    def darkest(self, box):
        """The smallest value in box = (left, top, right, bottom), pixels, inclusive, clipped."""
        left, top, right, bottom = max(0, box[0]), max(0, box[1]), min(self.width - 1, box[2]), min(self.height - 1, box[3])
        return min(min(self.row(y, left, right + 1)) for y in range(top, bottom + 1))


def read_pgm(path):
    """A binary PGM (P5, maxval 255), as pdftoppm -gray writes it."""
    data = pathlib.Path(path).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    if not header:
        raise ValueError(f"{path}: not an 8-bit binary PGM")
    return Gray(int(header.group(1)), int(header.group(2)), data[header.end():])


def read_tiff(path):
    """An uncompressed 8-bit one-channel TIFF, as Ghostscript's tiffsep writes each separation
    with -sCompression=none. Pixel values as stored (tiffsep: 255 = no ink)."""
    data = pathlib.Path(path).read_bytes()
    order = {b"II": "<", b"MM": ">"}[data[:2]]
    (ifd,) = struct.unpack(order + "I", data[4:8])
    (count,) = struct.unpack(order + "H", data[ifd:ifd + 2])
    tags = {}
    for i in range(count):
        entry = data[ifd + 2 + 12 * i:ifd + 14 + 12 * i]
        tag, kind, n = struct.unpack(order + "HHI", entry[:8])
        if kind not in (3, 4):  # SHORT, LONG: all the tags read here
            continue
        code, size = ("H", 2) if kind == 3 else ("I", 4)
        where = entry[8:] if n * size <= 4 else data[struct.unpack(order + "I", entry[8:])[0]:][:n * size]
        tags[tag] = struct.unpack(order + code * n, where[:n * size])
    width, height = tags[256][0], tags[257][0]
    if tags.get(259, (1,))[0] != 1 or tags.get(258, (8,))[0] != 8 or tags.get(277, (1,))[0] != 1:
        raise ValueError(f"{path}: not an uncompressed 8-bit one-channel TIFF")
    pixels = b"".join(data[offset:offset + size] for offset, size in zip(tags[273], tags[279]))
    return Gray(width, height, pixels)


def render_gray(pdf, folder, prefix, dpi, first=None, last=None, area=None, cmyk_profile=None, extra=()):
    """Pages rendered by poppler (pdftoppm -gray) to PGM files, in page order. `area` is
    (x, y, width, height) in pixels from the top left; `cmyk_profile` is the ICC profile that
    turns DeviceCMYK into grey (default: poppler's naive conversion); `extra`, more options."""
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{prefix}-*.pgm"):
        old.unlink()
    args = ["pdftoppm", "-gray", "-r", f"{dpi:.6f}"]
    if first:
        args += ["-f", first]
    if last:
        args += ["-l", last]
    if area:
        args += ["-x", area[0], "-y", area[1], "-W", area[2], "-H", area[3]]
    if cmyk_profile:
        args += ["-defaultcmykprofile", cmyk_profile]
    result = run(args + list(extra) + [pdf, folder / prefix])
    if result.returncode != 0:
        raise RuntimeError(f"pdftoppm {pdf}: {result.stderr}")
    return sorted(folder.glob(f"{prefix}-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


PLATES = ("Cyan", "Magenta", "Yellow", "Black")


def separate(pdf, folder, dpi, first=None, last=None):
    """Ghostscript's separations of a PDF (tiffsep, uncompressed, colour through the file's
    PDF/X output intent): {page number: {plate name: TIFF path}} with every plate Ghostscript
    wrote, process and spot alike."""
    folder = pathlib.Path(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    args = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", f"-r{dpi}",
            "-sCompression=none", "-dUsePDFX3Profile"]
    if first:
        args += [f"-dFirstPage={first}"]
    if last:
        args += [f"-dLastPage={last}"]
    result = run(args + [f"-sOutputFile={folder}/p%03d.tif", pdf])
    if result.returncode != 0:
        raise RuntimeError(f"gs tiffsep {pdf}: {result.stderr[-500:]}")
    pages = {}
    for path in folder.glob("p*(*).tif"):
        match = re.fullmatch(r"p(\d+)\((.+)\)\.tif", path.name)
        pages.setdefault(int(match.group(1)) + (first or 1) - 1, {})[match.group(2)] = path
    return pages


# --- the display list as `brochure build --dump` writes it --------------------------------------

class DumpPage:
    def __init__(self, number, name, width, height):
        self.number, self.name, self.width, self.height = number, name, width, height
        self.runs = []       # (size, fill, x, y, text): x, y of the first glyph's origin on the baseline
        self.shapes = []     # (x, y, width, height) of every path and image
        self.bleeds = False  # some item runs into the bleed


def read_dump(path):
    """The document pages of a --dump file (points, origin at the top left of the trim)."""
    number = r"(-?\d+(?:\.\d+)?)"
    rect = rf"{number},{number} {number}x{number}"
    pages, page = [], None
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if match := re.match(rf"page (\d+) (\S+) .*size={number}x{number}", line):
            page = DumpPage(int(match.group(1)), match.group(2), float(match.group(3)), float(match.group(4)))
            pages.append(page)
        elif not line.startswith("  "):
            page = None  # a sheet, the outline: not a page's items
        elif page is None:
            continue
        elif match := re.match(rf"  run font=\d+ size={number} fill=(\S+) lang=\S*(?: scale=[\d.]+)? at {number},{number} glyphs=\d+"
                               rf"( bleeds)? text=\"(.*)\"$", line):
            page.runs.append((float(match.group(1)), match.group(2), float(match.group(3)), float(match.group(4)),
                              match.group(6)))
            page.bleeds |= match.group(5) is not None
        elif match := re.match(rf"  (?:path .* bounds|image \d+) {rect}( bleeds)?$", line):
            page.shapes.append(tuple(map(float, match.group(1, 2, 3, 4))))
            page.bleeds |= match.group(5) is not None
        elif line.startswith(("  run ", "  path ", "  image ")):
            # An item this reader cannot parse would silently drop out of every check built on it
            # (a run with a glyph scale once did): the dump's format and this reader must agree.
            raise ValueError(f"{path}: a page item read_dump does not understand: {line[:120]}")
    return pages
