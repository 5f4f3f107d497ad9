"""Reading a built handbook back for the test_handbook_* tests, each through a tool this project
did not write or from the source files with Python's own parser:

- poppler's words and lines with their boxes (`pdftotext -bbox-layout`), top-down, in points;
- qpdf's reading of the page labels, the outline and the link annotations (`qpdf --json`);
- the page geometry of a layout (layouts/<name>.xml), for the margins where folios and running
  heads stand;
- the engine's own display-list dump (`--dump`), used where a test must say which box a row or a
  page came from, and always checked against poppler's view of the PDF.
"""
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from support import ROOT, run, squash

XHTML = "{http://www.w3.org/1999/xhtml}"


def loose(text):
    """squash() that also drops hyphens: poppler joins a line that ends in a hyphen to the next
    line without it ("socio-" + "economic" gives "socioeconomic"), and the engine's own
    hyphenation adds hyphens the source does not have."""
    return re.sub("[-\u2010\u2011\u00ad]", "", squash(text))


# --- poppler: words, lines and blocks with their boxes ---------------------------------------

@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Line:
    words: list

    @property
    def text(self):
        return " ".join(w.text for w in self.words)

    @property
    def box(self):
        return (min(w.x0 for w in self.words), min(w.y0 for w in self.words),
                max(w.x1 for w in self.words), max(w.y1 for w in self.words))


@dataclass
class TextPage:
    number: int        # 1-based
    width: float
    height: float
    blocks: list = field(default_factory=list)   # each a list of Line, in poppler's reading order

    @property
    def words(self):
        return [w for block in self.blocks for line in block for w in line.words]

    def words_in(self, x0, y0, x1, y1):
        """Words whose centre lies inside the rectangle (top-down coordinates)."""
        return [w for w in self.words if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1]

    def text_in(self, x0, y0, x1, y1):
        return " ".join(line.text for line in visual_lines(self.words_in(x0, y0, x1, y1)))


def text_pages(pdf):
    """Every page of `pdf` as poppler reads it: blocks of lines of words with their boxes."""
    result = run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-"])
    if result.returncode != 0:
        raise RuntimeError(f"pdftotext -bbox-layout {pdf}: {result.stderr}")
    root = ET.fromstring(result.stdout)
    pages = []
    for number, page in enumerate(root.iter(XHTML + "page"), start=1):
        tp = TextPage(number, float(page.get("width")), float(page.get("height")))
        for block in page.iter(XHTML + "block"):
            lines = []
            for line in block.iter(XHTML + "line"):
                words = [Word(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")),
                              w.text or "") for w in line.iter(XHTML + "word")]
                if words:
                    lines.append(Line(words))
            if lines:
                tp.blocks.append(lines)
        pages.append(tp)
    return pages


def text_in_rect(pdf, page, rect, inset=1.5):
    """What poppler reads inside `rect` (x0, y0, x1, y1, top-down points) on `page`: the
    characters whose advance overlaps the rectangle narrowed by `inset` on the left and right
    (so that neighbours which only touch it stay out) and whose baseline lies inside it. Words
    are too coarse for this: in CJK a whole line is one word."""
    scale = 10  # -x/-y/-W/-H are pixels at -r dpi: 720 dpi gives a tenth of a point
    x0, y0, x1, y1 = (round(v * scale) for v in (rect[0] + inset, rect[1], rect[2] - inset, rect[3]))
    result = run(["pdftotext", "-enc", "UTF-8", "-f", page, "-l", page, "-r", 72 * scale, "-x", x0, "-y", y0,
                  "-W", x1 - x0, "-H", y1 - y0, pdf, "-"])
    return result.stdout.replace("\f", "").strip()


def common_line_height(pages):
    """The most frequent height of poppler's line boxes: the running text's."""
    heights = {}
    for page in pages:
        for block in page.blocks:
            for line in block:
                h = round(line.box[3] - line.box[1], 1)
                heights[h] = heights.get(h, 0) + 1
    return max(heights, key=heights.get)


def visual_lines(words, tolerance=3.0):
    """Words regrouped into lines by their vertical centre, left to right: poppler may put the
    parts of one visual line (a contents title, its leader dots, its page number) into
    different blocks."""
    lines = []
    for word in sorted(words, key=lambda w: ((w.y0 + w.y1) / 2, w.x0)):
        centre = (word.y0 + word.y1) / 2
        if lines and abs(lines[-1][0] - centre) <= tolerance:
            lines[-1][1].append(word)
        else:
            lines.append([centre, [word]])
    return [Line(sorted(ws, key=lambda w: w.x0)) for _, ws in lines]


def find_block_text(page, wanted, region, min_height=0):
    """The box of the first stretch of 1-4 consecutive lines of one poppler block centred inside
    `region` (x0, y0, x1, y1) whose text is `wanted` (compared with loose()), each line at least
    `min_height` tall (poppler's line box: the font's ascent to descent), or None."""
    target = loose(wanted)
    x0, y0, x1, y1 = region
    for block in page.blocks:
        for start in range(len(block)):
            joined = ""
            for end in range(start, min(start + 4, len(block))):
                box = block[end].box
                if box[3] - box[1] < min_height:
                    break
                joined += loose(block[end].text)
                if joined == target:
                    boxes = [block[i].box for i in range(start, end + 1)]
                    box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                           max(b[2] for b in boxes), max(b[3] for b in boxes))
                    if x0 <= (box[0] + box[2]) / 2 <= x1 and y0 <= (box[1] + box[3]) / 2 <= y1:
                        return box
                if len(joined) >= len(target):
                    break
    return None


# --- qpdf ------------------------------------------------------------------------------------

def qpdf_json(pdf, *keys):
    args = ["qpdf", "--json"] + [f"--json-key={k}" for k in keys] + [pdf]
    result = run(args)
    if result.returncode not in (0, 3):  # 3: warnings
        raise RuntimeError(f"qpdf --json {pdf}: {result.stderr}")
    return json.loads(result.stdout)


def _label_text(entry, offset):
    """One page's label from its /PageLabels range (ISO 32000-1, 12.4.2)."""
    prefix = entry.get("/P", "")
    prefix = prefix[2:] if prefix.startswith(("u:", "b:")) else prefix
    style = entry.get("/S")
    number = entry.get("/St", 1) + offset
    if style == "/D":
        return prefix + str(number)
    if style in ("/r", "/R"):
        numerals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        roman = ""
        for value, letters in numerals:
            while number >= value:
                roman += letters
                number -= value
        return prefix + (roman.upper() if style == "/R" else roman)
    if style in ("/a", "/A"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return prefix + (letter.upper() if style == "/A" else letter)
    return prefix


def page_labels(pdf, count):
    """The label of each of `count` pages as qpdf reads the catalog's /PageLabels, or None for
    every page when the document has none."""
    ranges = qpdf_json(pdf, "pagelabels").get("pagelabels", [])
    if not ranges:
        return [None] * count
    labels = []
    for index in range(count):
        current = [r for r in ranges if r["index"] <= index]
        if not current:
            labels.append(None)
            continue
        entry = current[-1]
        labels.append(_label_text(entry["label"], index - entry["index"]))
    return labels


@dataclass
class LinkAnnotation:
    page: int                 # 1-based
    rect: tuple               # x0, y0, x1, y1, top-down
    dest_page: int = None     # internal links: 1-based target page
    dest_top: float = None    # and the top of the target view, top-down
    uri: str = None


def link_annotations(pdf):
    """Every /Link annotation, page by page, with its destination resolved to a page number."""
    data = qpdf_json(pdf, "pages", "qpdf")
    objects = data["qpdf"][1]

    def value(ref):
        return objects.get("obj:" + ref, {}).get("value") if isinstance(ref, str) and ref.endswith(" R") else ref

    page_of = {page["object"]: page["pageposfrom1"] for page in data["pages"]}
    links = []
    for page in data["pages"]:
        page_dict = value(page["object"])
        height = value(page_dict["/MediaBox"])[3]
        annots = value(page_dict.get("/Annots", [])) or []
        for ref in annots:
            annot = value(ref)
            if annot.get("/Subtype") != "/Link":
                continue
            x0, y0, x1, y1 = value(annot["/Rect"])
            link = LinkAnnotation(page["pageposfrom1"], (x0, height - y1, x1, height - y0))
            dest = value(annot.get("/Dest"))
            action = value(annot.get("/A"))
            if dest is None and isinstance(action, dict) and action.get("/S") == "/GoTo":
                dest = value(action.get("/D"))
            if isinstance(action, dict) and action.get("/S") == "/URI":
                uri = value(action.get("/URI"))
                link.uri = uri[2:] if isinstance(uri, str) and uri.startswith(("u:", "b:")) else uri
            if isinstance(dest, list) and dest:
                link.dest_page = page_of.get(dest[0])
                target = value((value(dest[0]) or {}).get("/MediaBox"))
                if len(dest) > 3 and dest[1] == "/XYZ" and isinstance(dest[3], (int, float)) and target:
                    link.dest_top = target[3] - dest[3]
            links.append(link)
    return links


def outline(pdf):
    """The outline as (level, title, page) in order, from qpdf."""
    entries = []

    def walk(items, level):
        for item in items:
            entries.append((level, item["title"], item.get("destpageposfrom1")))
            walk(item.get("kids", []), level + 1)

    walk(qpdf_json(pdf, "outlines").get("outlines", []), 1)
    return entries


# --- the layout's geometry, read from its XML ------------------------------------------------

def _points(length):
    match = re.fullmatch(r"\s*([0-9.]+)\s*(mm|cm|in|pt)?\s*", length)
    value, unit = float(match.group(1)), match.group(2) or "pt"
    return value * {"mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0, "pt": 1.0}[unit]


@dataclass
class Geometry:
    width: float
    height: float
    top: float      # margins, pt
    bottom: float
    masters: dict   # master name -> the element, for frames and marginals


def layout_geometry(name):
    root = ET.parse(ROOT / "layouts" / f"{name}.xml").getroot()
    page, margins = root.find("page"), root.find("margins")
    masters = {m.get("name"): m for m in root.iter("master")}
    return Geometry(_points(page.get("width")), _points(page.get("height")), _points(margins.get("top")),
                    _points(margins.get("bottom")), masters)


def layout_language(name, lang):
    """The <language> settings of a layout: labels, the caption separator, `continued`."""
    root = ET.parse(ROOT / "layouts" / f"{name}.xml").getroot()
    for element in root.iter("language"):
        if element.get("code") == lang:
            return dict(element.attrib)
    raise KeyError(f"layout {name} has no language {lang}")


# --- the engine's display-list dump ----------------------------------------------------------

@dataclass
class Run:
    x: float
    y: float          # baseline
    size: float
    text: str


@dataclass
class DumpPage:
    number: int
    master: str
    label: str
    runs: list = field(default_factory=list)
    links: list = field(default_factory=list)   # (x, y, w, h, target page or None, uri or None)


def _unquote(s):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)


RUN = re.compile(r'^  run font=\d+ size=([\d.]+) .*? at (-?[\d.]+),(-?[\d.]+) glyphs=\d+(?: bleeds)? text="(.*)"$')
PAGE = re.compile(r'^page (\d+) (\S+) label="(.*)" size=')
LINK = re.compile(r"^  link (-?[\d.]+),(-?[\d.]+) ([\d.]+)x([\d.]+) -> (?:page (\d+) y=[\d.]+|(.*))$")


def read_dump(path):
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := PAGE.match(line):
            pages.append(DumpPage(int(m.group(1)), m.group(2), _unquote(m.group(3))))
        elif (m := RUN.match(line)) and pages:
            pages[-1].runs.append(Run(float(m.group(2)), float(m.group(3)), float(m.group(1)), _unquote(m.group(4))))
        elif (m := LINK.match(line)) and pages:
            target = int(m.group(5)) if m.group(5) else None
            pages[-1].links.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)),
                                    target, m.group(6)))
    return pages
