"""The panels of a leaflet or flyer as its layout file says, read with Python's XML parser (not the
engine's reader): each panel's place on its press sheet, its text frame and columns, its title
area, the folds, the reading order. And the texts poppler extracts from those areas of a PDF.
Lengths are in points, rectangles are (x, y, width, height) from the top left."""
import pathlib
import re
import xml.etree.ElementTree as ET

from support import ROOT, run, squash

POINTS_PER_UNIT = {"pt": 1.0, "": 1.0, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0}

# The panel tests build with one job at a time: parallel jobs now and then deadlock or crash
# inside Cairo 1.16 (a PNG preview and a digital PDF written at once, or two layouts checked at
# once: reported, and outside what these tests are about). The samples are built in parallel.
ONE_JOB = ("--jobs", "1")


def length(text):
    """A layout length in points: 97mm, 0.5pt, 1.2cm, 1in, or a bare number of points."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*(pt|mm|cm|in|)\s*", text)
    if not match:
        raise ValueError(f"not a length: {text!r}")
    return float(match.group(1)) * POINTS_PER_UNIT[match.group(2)]


def mm(points):
    return points * 25.4 / 72


class Panel:
    def __init__(self, element, sheet, x, page_height, default_margins):
        self.name, self.sheet, self.x = element.get("name"), sheet, x
        self.width, self.height = length(element.get("width")), page_height
        margins = {side: length(element.get(f"margin-{side}")) if element.get(f"margin-{side}") else value
                   for side, value in default_margins.items()}
        self.text = (margins["left"], margins["top"], self.width - margins["left"] - margins["right"],
                     page_height - margins["top"] - margins["bottom"])
        self.columns = int(element.get("columns", "1"))
        self.gutter = length(element.get("gutter", "0"))
        self.fit = element.get("fit", "none")
        self.min_scale = float(element.get("min-scale", "100%").rstrip("%")) / 100
        title = element.find("title-area")
        self.title = None if title is None else tuple(length(title.get(k)) for k in ("x", "y", "width", "height"))

    def column_rects(self):
        """The columns of the text frame, left to right, in the panel's coordinates."""
        x, y, width, height = self.text
        column = (width - self.gutter * (self.columns - 1)) / self.columns
        return [(x + i * (column + self.gutter), y, column, height) for i in range(self.columns)]

    def text_areas(self):
        """Where the panel's text may stand: its title area, if any, and its columns."""
        return ([self.title] if self.title else []) + self.column_rects()


class PanelLayout:
    """A leaflet or flyer layout and the bases it derives from (a derived file's <page>,
    <panel-margins>, <sheets> or <reading-order> replaces its base's)."""

    def __init__(self, path):
        path = pathlib.Path(path)
        self.chain = []
        while path is not None:
            root = ET.parse(path).getroot()
            self.chain.append(root)
            path = path.parent / f"{root.get('base')}.xml" if root.get("base") else None
        page = self.part("page")
        self.width, self.height = length(page.get("width")), length(page.get("height"))
        self.bleed = length(page.get("bleed", "3mm"))
        margins = self.part("panel-margins")
        defaults = {side: length(margins.get(side)) if margins is not None else 0.0
                    for side in ("top", "right", "bottom", "left")}
        self.sheets = []  # (name, [Panel], [fold x])
        for sheet in self.part("sheets").findall("sheet"):
            panels, x = [], 0.0
            for element in sheet.findall("panel"):
                panels.append(Panel(element, sheet.get("name"), x, self.height, defaults))
                x += panels[-1].width
            self.sheets.append((sheet.get("name"), panels, [p.x for p in panels[1:]]))
        self.reading_order = self.part("reading-order").text.split()

    def part(self, tag):
        for root in self.chain:
            if (element := root.find(tag)) is not None:
                return element
        return None

    def panel(self, name):
        return next(p for _, panels, _ in self.sheets for p in panels if p.name == name)


def layout_of(publication_file):
    """The layout a publication names, found as the engine finds it: layouts/<id>.xml in the
    publication's folder or the nearest folder above it, else in the source tree."""
    publication_file = pathlib.Path(publication_file).resolve()
    relative = pathlib.Path("layouts") / (ET.parse(publication_file).getroot().get("layout") + ".xml")
    for folder in [publication_file.parent, *publication_file.parents, ROOT]:
        if (folder / relative).exists():
            return PanelLayout(folder / relative)
    raise FileNotFoundError(f"{relative} above {publication_file}")


def page_sizes(pdf):
    """[(width, height)] of every page in points, as pdfinfo reports them."""
    out = run(["pdfinfo", "-f", "1", "-l", "9999", pdf]).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)]


def trim_boxes(pdf):
    """[(left, bottom, right, top)] of every page's TrimBox (or MediaBox), as pdfinfo -box reports."""
    out = run(["pdfinfo", "-box", "-f", "1", "-l", "9999", pdf]).stdout
    boxes = {}
    for page, box, *values in re.findall(r"^Page\s+(\d+) (MediaBox|TrimBox):\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$", out, re.M):
        boxes.setdefault(int(page), {})[box] = tuple(map(float, values))
    return [b.get("TrimBox", b["MediaBox"]) for _, b in sorted(boxes.items())]


def area_text(pdf, page, rect, origin=(0.0, 0.0), raw=False):
    """pdftotext of the area `rect` (points, relative to `origin` = the trim's top-left corner on
    the page) of one page, squashed. A word counts when it lies in the area. `raw`: in the order
    the content stream paints the text rather than poppler's reading of the columns."""
    x, y, width, height = rect
    args = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), "-f", page, "-l", page, "-r", "72",
            "-x", int(origin[0] + x), "-y", int(origin[1] + y), "-W", int(width + 1.5), "-H", int(height + 1.5)]
    result = run(args + [pdf, "-"])
    if result.returncode != 0:
        raise RuntimeError(f"pdftotext {pdf}: {result.stderr}")
    return squash(result.stdout)


def panel_pages(pdf, layout, edition, spreads=False):
    """[(page number, Panel, origin)] for every panel in a PDF of the publication: a page per
    panel in reading order (digital), or a press sheet per page with its panels side by side
    (print, and the digital edition with --spreads). Origin: the panel's top-left corner in
    pdftotext's page coordinates."""
    if edition == "print" or spreads:
        out = []
        for number, ((_, panels, _), box) in enumerate(zip(layout.sheets, trim_boxes(pdf)), start=1):
            media_top = page_sizes(pdf)[number - 1][1]
            for panel in panels:
                out.append((number, panel, (box[0] + panel.x, media_top - box[3])))
        return out
    return [(number, layout.panel(name), (0.0, 0.0)) for number, name in enumerate(layout.reading_order, start=1)]


def text_by_area(pdf, layout, edition):
    """The squashed text of every title area and column of every panel, one area after the other:
    poppler's own reading order can mix neighbouring panels and columns (CJK text without spaces,
    a table beside a list), reading area by area cannot."""
    return "".join(area_text(pdf, page, rect, origin)
                   for page, panel, origin in panel_pages(pdf, layout, edition)
                   for rect in panel.text_areas())
