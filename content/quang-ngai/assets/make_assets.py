#!/usr/bin/python3
"""Draw the images of the Quảng Ngãi sample publication.

    /usr/bin/python3 content/quang-ngai/assets/make_assets.py [--out DIR]

Writes, next to this script (or into DIR):
    province-map.png   schematic map of the merged province (column figure)
    cover.jpg          abstract cover illustration (cover frame, 170 × 100 mm)

Needs Debian's python3-cairo, python3-pil and python3-gi (Pango through GObject
introspection) with fonts-noto-core (Noto Sans). Run it with /usr/bin/python3.

Every drawing is laid out in points (1/72 in) at the size it is placed in the handbook,
so type sizes in this file are the sizes that print; the pixel size follows from PPI.
The output is deterministic: no timestamps, fixed random seeds, fixed encoder settings.
See README.md beside this file for provenance.
"""

import argparse
import io
import math
import os
import random

import cairo
import gi

gi.require_version("Pango", "1.0")
gi.require_version("PangoCairo", "1.0")
from gi.repository import Pango, PangoCairo  # noqa: E402
from PIL import Image, PngImagePlugin  # noqa: E402

# =====================================================================================
# DATA. Every figure comes from the project's fact sheet (content-facts.md, shared with the team);
# the tags [Sn] are its source list. Check them against the official sources before
# printing, as the fact sheet asks.
# =====================================================================================

# Brand colours: the swatches of layouts/handbook-a4.xml (RGB values for screens).
SEA = "#005587"
SEA_LIGHT = "#e3eff8"
CANE = "#6cad3d"
SAND = "#fbc95a"
GREY = "#6f6f6e"
BLACK = "#1e1e1e"
WHITE = "#ffffff"

FONT = "Noto Sans"  # fonts-noto-core, SIL Open Font License 1.1
CAP_HEIGHT = 0.714  # Noto Sans capital height, em

MM = 72 / 25.4  # points per millimetre
COLUMN_MM = 84  # a column of the handbook
PAGE_MM = 174   # the page body

# Column figures are drawn at 600 ppi at column width (line art with small type wants more
# than the 300 ppi of photographs); that still gives 290 ppi across the whole page body.
FIGURE_PPI = 600
COVER_PPI = 300

# =====================================================================================
# Schematic map. Positions are approximate (latitude, longitude) in decimal degrees from
# general geographic knowledge, generalised by hand: the map is schematic, not a survey
# map, and is not an official boundary map (the caption says so). Place names are the
# ones the fact sheet uses ([S2], [S3], [S13], [S18], [S29], [S54], [S59], [S62]).
# =====================================================================================

MAP_WIDTH_MM = COLUMN_MM
MAP_LON = (107.15, 109.50)   # west, east edge
MAP_LAT = (13.82, 15.72)     # south, north edge
MAP_LAT_REF = 14.77          # latitude of true scale (equirectangular projection)

# Land border of the merged province, clockwise from the coast in the north-east (Dung
# Quất Bay) round the west to the coast in the south; generalised.
PROVINCE_BORDER = [
    (15.405, 108.745), (15.375, 108.700), (15.390, 108.600), (15.420, 108.480),
    (15.370, 108.340), (15.300, 108.220), (15.320, 108.080), (15.410, 107.930),
    (15.430, 107.780), (15.370, 107.650),                       # north: Đà Nẵng
    (15.210, 107.540), (15.010, 107.500), (14.850, 107.540),
    (14.705, 107.555),                                          # west: Laos
    (14.560, 107.490), (14.380, 107.440), (14.180, 107.400), (14.000, 107.430),
    (13.900, 107.500),                                          # west: Cambodia
    (13.950, 107.680), (14.050, 107.820), (14.140, 107.960), (14.200, 108.130),
    (14.330, 108.300), (14.420, 108.450), (14.480, 108.600), (14.540, 108.760),
    (14.520, 108.900), (14.560, 109.060),                       # south: Gia Lai
]
# Index in PROVINCE_BORDER where the border with Laos starts and where Cambodia ends.
BORDER_INTL = (9, 19)
TRIPOINT = (14.705, 107.555)  # Vietnam – Laos – Cambodia
# International borders beyond the province (generalised), drawn like the rest.
INTL_NORTH = [(15.370, 107.650), (15.550, 107.560), (15.720, 107.500)]
INTL_SOUTH = [(13.900, 107.500), (13.820, 107.540)]
LAOS_CAMBODIA = [TRIPOINT, (14.660, 107.400), (14.600, 107.150)]

# Coastline from the north edge to the south edge (generalised); the province's coast is
# the part between its two land-border ends.
COAST = [
    (15.720, 108.470), (15.600, 108.560), (15.500, 108.640), (15.450, 108.690),
    (15.405, 108.745), (15.420, 108.800), (15.395, 108.850), (15.330, 108.875),
    (15.270, 108.905), (15.235, 108.945), (15.195, 108.925), (15.120, 108.895),
    (15.020, 108.915), (14.900, 108.960), (14.780, 109.015), (14.665, 109.070),
    (14.560, 109.060), (14.420, 109.100), (14.200, 109.150), (13.980, 109.190),
    (13.820, 109.220),
]

# Where the coastal plain meets the hills and mountains (generalised); west of it is upland.
UPLAND_EDGE = [
    (15.520, 108.600), (15.380, 108.640), (15.300, 108.700), (15.170, 108.730),
    (15.060, 108.740), (14.960, 108.790), (14.860, 108.870), (14.760, 108.930),
    (14.660, 108.990), (14.520, 109.010),
]

LY_SON = [  # Lý Sơn island (≈10 km², drawn larger than scale to be seen)
    (15.392, 109.070), (15.401, 109.100), (15.397, 109.135), (15.388, 109.160),
    (15.374, 109.163), (15.366, 109.135), (15.371, 109.100), (15.377, 109.078),
]
LY_SON_BE = (15.440, 109.095)  # Bé island, north of the main island

# Dung Quất Economic Zone, schematic extent of the zone around the bay (land and sea).
DQ_ZONE = [
    (15.450, 108.720), (15.445, 108.850), (15.380, 108.930), (15.290, 108.955),
    (15.265, 108.870), (15.300, 108.760), (15.360, 108.690),
]

PLACES = {
    # key: (lat, lon)
    "quang-ngai": (15.120, 108.800),   # provincial centre (Cẩm Thành ward) [S2], [S3]
    "vsip": (15.215, 108.790),         # VSIP Quảng Ngãi, ~8 km north of the city [S44], [S47]
    "dung-quat": (15.385, 108.800),    # Dung Quất port and refinery
    "ly-son": (15.382, 109.115),       # [S62]
    "sa-ky": (15.205, 108.930),        # Sa Kỳ port, boats to Lý Sơn [S62], [S63]
    "sa-huynh": (14.665, 109.065),     # [S3], [S6]
    "mang-den": (14.600, 108.290),     # Măng Đen, Kon Plông, on NH24 [S76], [S78]
    "kon-tum": (14.350, 108.000),      # former Kon Tum provincial capital
    "bo-y": (14.715, 107.570),         # Bờ Y international border gate [S29], [S59]
    "chu-lai": (15.410, 108.712),      # Chu Lai airport, Núi Thành (now Đà Nẵng) [S54], [S55]
}

# The eastern North–South expressway: Đà Nẵng – Quảng Ngãi [S56] and Quảng Ngãi – Hoài
# Nhơn [S58]. Generalised.
EXPRESSWAY = [
    (15.670, 108.440), (15.560, 108.535), (15.440, 108.630), (15.330, 108.705),
    (15.215, 108.760), (15.120, 108.765), (15.000, 108.800), (14.860, 108.880),
    (14.730, 108.950), (14.560, 108.990), (14.300, 109.030), (14.050, 109.075),
    (13.870, 109.105),
]
# National Highway 24 from National Highway 1 (Thạch Trụ) over the mountains to Măng Đen
# and Kon Tum [S59], [S60], [S78]; and on from Kon Tum to the Bờ Y border gate (National
# Highways 14 and 40, drawn thinner, not numbered on the map).
NH24 = [
    (14.930, 108.890), (14.870, 108.800), (14.780, 108.730), (14.700, 108.560),
    (14.650, 108.410), (14.600, 108.290), (14.500, 108.150), (14.350, 108.000),
]
TO_BO_Y = [(14.350, 108.000), (14.520, 107.880), (14.660, 107.790), (14.700, 107.680),
           (14.715, 107.570)]


# =====================================================================================
# Drawing helpers
# =====================================================================================

def rgb(hex_colour, alpha=None):
    h = hex_colour.lstrip("#")
    c = tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return c if alpha is None else c + (alpha,)


def mix(a, b, t):
    """Colour a mixed with colour b by t (0 = a, 1 = b), as hex."""
    ca, cb = rgb(a), rgb(b)
    return "#" + "".join(f"{round((x + (y - x) * t) * 255):02x}" for x, y in zip(ca, cb))


def source(cr, colour, alpha=None):
    if alpha is None:
        cr.set_source_rgb(*rgb(colour))
    else:
        cr.set_source_rgba(*rgb(colour), alpha)


class Canvas:
    """A Cairo image surface whose user space is points at the placed size."""

    def __init__(self, width_mm, height_mm, ppi, background=WHITE):
        self.w = width_mm * MM
        self.h = height_mm * MM
        self.ppi = ppi
        self.px = (round(width_mm / 25.4 * ppi), round(height_mm / 25.4 * ppi))
        self.surface = cairo.ImageSurface(cairo.FORMAT_RGB24, *self.px)
        self.cr = cairo.Context(self.surface)
        self.cr.scale(self.px[0] / self.w, self.px[1] / self.h)
        self.cr.set_line_join(cairo.LINE_JOIN_ROUND)
        self.cr.set_line_cap(cairo.LINE_CAP_ROUND)
        source(self.cr, background)
        self.cr.paint()

    def image(self):
        self.surface.flush()
        stride = self.surface.get_stride()
        return Image.frombuffer("RGB", self.px, bytes(self.surface.get_data()), "raw",
                                "BGRX", stride, 1)

    def save_png(self, path):
        info = PngImagePlugin.PngInfo()
        info.add(b"sRGB", b"\x00")  # the colours are sRGB (perceptual intent)
        buf = io.BytesIO()
        self.image().save(buf, "PNG", pnginfo=info, compress_level=9,
                          dpi=(self.ppi, self.ppi))
        write_atomically(path, buf.getvalue())

    def save_jpeg(self, path, quality=90):
        buf = io.BytesIO()
        # 4:4:4 (no chroma subsampling): flat colour edges stay clean.
        self.image().save(buf, "JPEG", quality=quality, subsampling=0, optimize=False,
                          progressive=False, dpi=(self.ppi, self.ppi))
        write_atomically(path, buf.getvalue())


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def text_layout(cr, text, size, bold=False, spacing=0.0, lang="vi"):
    layout = PangoCairo.create_layout(cr)
    ctx = layout.get_context()
    PangoCairo.context_set_resolution(ctx, 72)
    options = cairo.FontOptions()
    options.set_hint_metrics(cairo.HINT_METRICS_OFF)
    options.set_hint_style(cairo.HINT_STYLE_NONE)
    options.set_antialias(cairo.ANTIALIAS_GRAY)
    PangoCairo.context_set_font_options(ctx, options)
    ctx.set_round_glyph_positions(False)
    ctx.set_language(Pango.Language.from_string(lang))
    layout.context_changed()
    desc = Pango.FontDescription()
    desc.set_family(FONT)
    desc.set_weight(Pango.Weight.BOLD if bold else Pango.Weight.NORMAL)
    desc.set_absolute_size(size * Pango.SCALE)
    layout.set_font_description(desc)
    if spacing:
        attrs = Pango.AttrList()
        attrs.insert(Pango.attr_letter_spacing_new(int(spacing * Pango.SCALE)))
        layout.set_attributes(attrs)
    layout.set_text(text, -1)
    return layout


def draw_text(cr, x, y, text, size, colour=BLACK, bold=False, align="left", spacing=0.0,
              halo=None, halo_width=1.6, angle=0.0, valign="baseline"):
    """Draw text with its baseline (or cap-height middle) at y; return its box in user space.

    align: left, centre, right (of the logical width; trailing letter spacing excluded).
    valign: baseline, or middle (the middle of the capitals sits on y).
    """
    layout = text_layout(cr, text, size, bold, spacing)
    ink, logical = layout.get_extents()
    width = logical.width / Pango.SCALE - (spacing if spacing else 0)
    baseline = layout.get_baseline() / Pango.SCALE
    dx = {"left": 0, "centre": -width / 2, "right": -width}[align]
    dy = -baseline if valign == "baseline" else -baseline + CAP_HEIGHT * size / 2
    cr.save()
    cr.translate(x, y)
    cr.rotate(angle)
    cr.move_to(dx - logical.x / Pango.SCALE, dy)
    if halo:
        cr.save()
        PangoCairo.layout_path(cr, layout)
        source(cr, halo)
        cr.set_line_width(halo_width)
        cr.set_line_join(cairo.LINE_JOIN_ROUND)
        cr.stroke()
        cr.restore()
        cr.move_to(dx - logical.x / Pango.SCALE, dy)
    source(cr, colour)
    PangoCairo.show_layout(cr, layout)
    cr.restore()
    top = dy + ink.y / Pango.SCALE
    box = (x + dx, y + top, x + dx + width, y + top + ink.height / Pango.SCALE)
    if angle:
        # Axis-aligned box of the rotated box.
        corners = [(box[0] - x, box[1] - y), (box[2] - x, box[1] - y),
                   (box[0] - x, box[3] - y), (box[2] - x, box[3] - y)]
        c, s = math.cos(angle), math.sin(angle)
        pts = [(x + px * c - py * s, y + px * s + py * c) for px, py in corners]
        box = (min(p[0] for p in pts), min(p[1] for p in pts),
               max(p[0] for p in pts), max(p[1] for p in pts))
    return box


def smooth_path(cr, pts, closed=False, move=True, tension=0.5):
    """Catmull-Rom spline through pts (user-space points) as Bézier curves."""
    n = len(pts)
    if move:
        cr.move_to(*pts[0])
    else:
        cr.line_to(*pts[0])
    last = n if closed else n - 1
    for i in range(last):
        p0 = pts[(i - 1) % n] if (closed or i > 0) else pts[i]
        p1 = pts[i % n]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else pts[(i + 1) % n]
        k = tension / 3 * 2
        c1 = (p1[0] + (p2[0] - p0[0]) * k / 2, p1[1] + (p2[1] - p0[1]) * k / 2)
        c2 = (p2[0] - (p3[0] - p1[0]) * k / 2, p2[1] - (p3[1] - p1[1]) * k / 2)
        cr.curve_to(*c1, *c2, *p2)
    if closed:
        cr.close_path()


def rounded_rect(cr, x, y, w, h, r):
    r = min(r, w / 2, h / 2)
    cr.new_sub_path()
    cr.arc(x + w - r, y + r, r, -math.pi / 2, 0)
    cr.arc(x + w - r, y + h - r, r, 0, math.pi / 2)
    cr.arc(x + r, y + h - r, r, math.pi / 2, math.pi)
    cr.arc(x + r, y + r, r, math.pi, 3 * math.pi / 2)
    cr.close_path()


def overlaps(box, boxes, pad=0.0):
    x0, y0, x1, y1 = box
    for b in boxes:
        if x0 < b[2] + pad and x1 > b[0] - pad and y0 < b[3] + pad and y1 > b[1] - pad:
            return True
    return False


def wave_mark(cr, x, y, w, amp):
    """One small wave: two arcs, like a tilde."""
    cr.move_to(x - w / 2, y)
    cr.curve_to(x - w / 4, y - amp, x - w / 4, y - amp, x, y)
    cr.curve_to(x + w / 4, y + amp, x + w / 4, y + amp, x + w / 2, y)


# =====================================================================================
# 1. Province map
# =====================================================================================

class MapFrame:
    """Equirectangular projection of the map's extent onto the canvas, in points."""

    def __init__(self, width_pt):
        self.k = math.cos(math.radians(MAP_LAT_REF))
        span_x = (MAP_LON[1] - MAP_LON[0]) * self.k
        span_y = MAP_LAT[1] - MAP_LAT[0]
        self.scale = width_pt / span_x          # points per degree of latitude
        self.height_pt = span_y * self.scale

    def __call__(self, lat, lon):
        return ((lon - MAP_LON[0]) * self.k * self.scale, (MAP_LAT[1] - lat) * self.scale)

    def all(self, seq):
        return [self(*p) for p in seq]


def province_map(path):
    frame = MapFrame(MAP_WIDTH_MM * MM)
    cv = Canvas(MAP_WIDTH_MM, frame.height_pt / MM, FIGURE_PPI)
    cr = cv.cr
    W, H = cv.w, cv.h
    P = frame

    NEIGHBOUR = "#efefee"            # Vietnamese provinces around
    FOREIGN = "#e1e1e0"              # Laos, Cambodia
    PLAIN = "#fcf8ee"                # coastal plain: paper with a trace of sand
    UPLAND_EAST = mix(CANE, WHITE, 0.84)
    UPLAND_WEST = mix(CANE, WHITE, 0.66)
    SEA_LINE = mix(SEA, WHITE, 0.40)

    border = P.all(PROVINCE_BORDER)
    coast = P.all(COAST)
    upland = P.all(UPLAND_EDGE)
    ly_son = P.all(LY_SON)
    dq = P.all(DQ_ZONE)

    def province_outline():
        smooth_path(cr, border, tension=BORDER_TENSION)
        cr.line_to(W + 10, border[-1][1])   # closed through the sea, which covers it
        cr.line_to(W + 10, border[0][1])
        cr.close_path()

    def sea_outline():
        cr.move_to(coast[0][0], -1)
        smooth_path(cr, coast, move=False, tension=BORDER_TENSION)
        cr.line_to(coast[-1][0], H + 1)
        cr.line_to(W + 1, H + 1)
        cr.line_to(W + 1, -1)
        cr.close_path()

    # --- ground: neighbours, province (plain and uplands), sea ------------------------
    source(cr, NEIGHBOUR)
    cr.paint()
    intl = P.all(list(reversed(INTL_NORTH))) + border[BORDER_INTL[0] + 1:BORDER_INTL[1]] + \
        P.all(INTL_SOUTH)
    cr.move_to(-1, -1)
    cr.line_to(intl[0][0], -1)
    smooth_path(cr, intl, move=False, tension=BORDER_TENSION)
    cr.line_to(intl[-1][0], H + 1)
    cr.line_to(-1, H + 1)
    cr.close_path()
    source(cr, FOREIGN)
    cr.fill()

    cr.save()
    province_outline()
    cr.clip()
    source(cr, PLAIN)
    cr.paint()
    cr.move_to(-10, -10)
    cr.line_to(upland[0][0], -10)
    smooth_path(cr, upland, move=False)
    cr.line_to(upland[-1][0], H + 10)
    cr.line_to(-10, H + 10)
    cr.close_path()
    # uplands: greener towards the west, where the highlands rise
    grad = cairo.LinearGradient(P(0, 108.8)[0], 0, P(0, 107.9)[0], 0)
    grad.add_color_stop_rgb(0, *rgb(UPLAND_EAST))
    grad.add_color_stop_rgb(1, *rgb(UPLAND_WEST))
    cr.set_source(grad)
    cr.fill()
    cr.restore()

    sea_outline()
    source(cr, SEA_LIGHT)
    cr.fill()

    # --- Dung Quất Economic Zone: sand tint over land and sea ----------------------------
    smooth_path(cr, dq, closed=True)
    source(cr, SAND, 0.50)
    cr.fill_preserve()
    source(cr, mix(SAND, BLACK, 0.30))
    cr.set_line_width(0.45)
    cr.set_dash([1.4, 0.9])
    cr.stroke()
    cr.set_dash([])

    smooth_path(cr, coast, tension=BORDER_TENSION)
    source(cr, SEA_LINE)
    cr.set_line_width(0.45)
    cr.stroke()

    # --- borders: the province's land border, international borders dash-dot on top ------
    smooth_path(cr, border, tension=BORDER_TENSION)
    source(cr, SEA)
    cr.set_line_width(1.0)
    cr.stroke()

    def dash_dot(seq):
        smooth_path(cr, seq, tension=BORDER_TENSION)
        source(cr, GREY)
        cr.set_line_width(0.55)
        cr.set_dash([2.4, 0.9, 0.01, 0.9])
        cr.stroke()
        cr.set_dash([])

    dash_dot(P.all(list(reversed(INTL_NORTH))[:-1]) + border[BORDER_INTL[0]:BORDER_INTL[1] + 1]
             + P.all(INTL_SOUTH[1:]))
    dash_dot(P.all(LAOS_CAMBODIA))

    # Lý Sơn (part of the province: its border colour).
    smooth_path(cr, ly_son, closed=True, tension=0.6)
    bx, by = P(*LY_SON_BE)
    cr.new_sub_path()
    cr.arc(bx, by, 0.95, 0, 2 * math.pi)
    source(cr, UPLAND_EAST)
    cr.fill_preserve()
    source(cr, SEA)
    cr.set_line_width(0.6)
    cr.stroke()

    # --- boat link Sa Kỳ – Lý Sơn ---------------------------------------------------------
    sx, sy = P(*PLACES["sa-ky"])
    lx, ly = P(15.371, 109.085)
    boat = [(sx + 0.8, sy - 0.6), (sx + 10, sy - 7), (lx - 9, ly + 5), (lx - 0.4, ly + 0.6)]
    cr.move_to(*boat[0])
    cr.curve_to(*boat[1], *boat[2], *boat[3])
    source(cr, SEA)
    cr.set_line_width(0.55)
    cr.set_dash([1.5, 1.1])
    cr.set_line_cap(cairo.LINE_CAP_BUTT)
    cr.stroke()
    cr.set_dash([])
    cr.set_line_cap(cairo.LINE_CAP_ROUND)

    # --- roads ---------------------------------------------------------------------------
    def road(seq, casing, inner, w_case, w_inner):
        p = P.all(seq)
        for colour, width in ((casing, w_case), (inner, w_inner)):
            smooth_path(cr, p)
            source(cr, colour)
            cr.set_line_width(width)
            cr.stroke()

    road(TO_BO_Y, GREY, WHITE, 1.15, 0.45)
    road(NH24, GREY, WHITE, 1.6, 0.8)
    road(EXPRESSWAY, BLACK, SAND, 2.3, 1.3)

    def arrowhead(a, b, size=3.4):
        (x0, y0), (x1, y1) = P(*a), P(*b)
        ang = math.atan2(y1 - y0, x1 - x0)
        cr.save()
        cr.translate(x1, y1)
        cr.rotate(ang)
        cr.move_to(size * 1.1, 0)
        cr.line_to(-size * 0.3, -size * 0.62)
        cr.line_to(-size * 0.05, 0)
        cr.line_to(-size * 0.3, size * 0.62)
        cr.close_path()
        source(cr, BLACK)
        cr.fill()
        cr.restore()
        return x1 + math.cos(ang) * size * 1.1, y1 + math.sin(ang) * size * 1.1

    north_tip = arrowhead(EXPRESSWAY[1], EXPRESSWAY[0])
    south_tip = arrowhead(EXPRESSWAY[-2], EXPRESSWAY[-1])

    # --- symbols -------------------------------------------------------------------------
    keep_clear = []   # boxes that wave marks and mountain glyphs stay away from

    def clear(x, y, r):
        keep_clear.append((x - r, y - r, x + r, y + r))

    def town(key, r=1.45):
        x, y = P(*PLACES[key])
        cr.arc(x, y, r, 0, 2 * math.pi)
        source(cr, WHITE)
        cr.fill_preserve()
        source(cr, BLACK)
        cr.set_line_width(0.65)
        cr.stroke()
        clear(x, y, r + 1)
        return x, y

    def centre(key, r=2.9):
        """A ring with a dot: the provincial centre (and the former one of Kon Tum)."""
        x, y = P(*PLACES[key])
        cr.arc(x, y, r, 0, 2 * math.pi)
        source(cr, WHITE)
        cr.fill_preserve()
        source(cr, BLACK)
        cr.set_line_width(0.75)
        cr.stroke()
        cr.arc(x, y, r * 0.45, 0, 2 * math.pi)
        cr.fill()
        clear(x, y, r + 1)
        return x, y

    def badge(x, y, s, colour):
        rounded_rect(cr, x - s / 2, y - s / 2, s, s, s * 0.18)
        source(cr, colour)
        cr.fill_preserve()
        source(cr, WHITE)
        cr.set_line_width(0.5)
        cr.stroke()
        clear(x, y, s / 2 + 1)

    def industry(key, s=6.0, colour=SEA):
        """Industry: saw-tooth roofs and a chimney, white on a rounded square."""
        x, y = P(*PLACES[key])
        badge(x, y, s, colour)
        u = s / 10
        cr.move_to(x - 3.4 * u, y + 2.8 * u)
        cr.line_to(x - 3.4 * u, y - 0.2 * u)
        cr.line_to(x - 1.4 * u, y + 1.0 * u)
        cr.line_to(x - 1.4 * u, y - 0.2 * u)
        cr.line_to(x + 0.6 * u, y + 1.0 * u)
        cr.line_to(x + 0.6 * u, y - 0.2 * u)
        cr.line_to(x + 1.6 * u, y + 0.4 * u)
        cr.line_to(x + 1.6 * u, y - 3.2 * u)
        cr.line_to(x + 3.0 * u, y - 3.2 * u)
        cr.line_to(x + 3.0 * u, y + 2.8 * u)
        cr.close_path()
        source(cr, WHITE)
        cr.fill()
        return x, y

    def airport(key, s=5.6):
        x, y = P(*PLACES[key])
        cr.arc(x, y, s / 2, 0, 2 * math.pi)
        source(cr, BLACK)
        cr.fill_preserve()
        source(cr, WHITE)
        cr.set_line_width(0.5)
        cr.stroke()
        u = s / 10
        cr.save()
        cr.translate(x, y)
        cr.rotate(math.pi / 4)  # heading north-east
        outline = [(0.55, -1.4), (3.9, 0.6), (3.9, 1.35), (0.55, 0.55), (0.45, 2.5),
                   (1.5, 3.3), (1.5, 3.85), (0, 3.45)]
        cr.move_to(0, -4.0 * u)
        cr.curve_to(0.55 * u, -3.7 * u, 0.55 * u, -2.6 * u, 0.55 * u, -1.4 * u)
        for px_, py_ in outline[1:]:
            cr.line_to(px_ * u, py_ * u)
        for px_, py_ in reversed(outline[1:-1]):
            cr.line_to(-px_ * u, py_ * u)
        cr.line_to(-0.55 * u, -1.4 * u)
        cr.curve_to(-0.55 * u, -2.6 * u, -0.55 * u, -3.7 * u, 0, -4.0 * u)
        cr.close_path()
        source(cr, WHITE)
        cr.fill()
        cr.restore()
        clear(x, y, s / 2 + 1)
        return x, y

    def border_gate(key, s=5.4):
        """Border crossing: a barrier, white on black."""
        x, y = P(*PLACES[key])
        badge(x, y, s, BLACK)
        u = s / 10
        cr.rectangle(x - 3.3 * u, y - 2.4 * u, 1.3 * u, 5.4 * u)      # post
        source(cr, WHITE)
        cr.fill()
        for i in range(3):                                          # striped bar
            cr.rectangle(x - 2.0 * u + i * 1.8 * u, y - 1.5 * u, 0.9 * u, 1.3 * u)
        cr.fill()
        cr.rectangle(x - 2.0 * u, y - 1.5 * u, 5.4 * u, 1.3 * u)
        cr.set_line_width(0.35 * u)
        cr.stroke()
        return x, y

    def shield(lat, lon, number):
        x, y = P(lat, lon)
        sw, sh = 7.6, 5.0
        rounded_rect(cr, x - sw / 2, y - sh / 2, sw, sh, 1.1)
        source(cr, WHITE)
        cr.fill_preserve()
        source(cr, BLACK)
        cr.set_line_width(0.55)
        cr.stroke()
        draw_text(cr, x, y, number, 4.8, BLACK, bold=True, align="centre", valign="middle")
        clear(x, y, sw / 2 + 1)

    skx, sky = P(*PLACES["sa-ky"])
    cr.arc(skx, sky, 0.95, 0, 2 * math.pi)
    source(cr, SEA)
    cr.fill()
    clear(skx, sky, 2)

    qx, qy = centre("quang-ngai", r=3.0)
    kx, ky = centre("kon-tum", r=2.5)
    vx, vy = P(*PLACES["vsip"])
    rounded_rect(cr, vx - 1.7, vy - 1.7, 3.4, 3.4, 0.5)
    source(cr, SEA)
    cr.fill_preserve()
    source(cr, WHITE)
    cr.set_line_width(0.5)
    cr.stroke()
    clear(vx, vy, 2.7)
    dx, dy = industry("dung-quat")
    shx, shy = town("sa-huynh")
    mx, my = town("mang-den")
    byx, byy = border_gate("bo-y")
    cx, cy = airport("chu-lai")
    shield(14.675, 108.485, "24")

    # --- labels ------------------------------------------------------------------------
    S = 6.4  # place names, pt
    land, sea = WHITE, SEA_LIGHT

    def label(*args, **kw):
        box = draw_text(cr, *args, **kw)
        keep_clear.append(box)
        return box

    label(qx - 4.6, qy + 2.8, "Quảng Ngãi", 7.8, BLACK, bold=True, align="right",
          halo=land, halo_width=2.0)
    label(vx - 3.4, vy + 1.6, "VSIP Quảng Ngãi", S, BLACK, align="right", halo=land)
    label(dx + 12.5, dy - 9.0, "Dung Quất", 7.0, BLACK, bold=True, align="left", halo=sea)
    cr.move_to(dx + 12.0, dy - 9.5 + 0.5)
    cr.line_to(dx + 3.9, dy - 3.4)
    source(cr, BLACK)
    cr.set_line_width(0.4)
    cr.stroke()
    lyx, lyy = P(*PLACES["ly-son"])
    label(lyx + 7.4, lyy + 2.2, "Lý Sơn", S, BLACK, align="left", halo=sea)
    label(boat[2][0] + 6.5, boat[2][1] + 5.0, "≈ 30 km", 5.6, SEA, align="left", halo=sea)
    label(shx + 3.2, shy + 2.2, "Sa Huỳnh", S, BLACK, align="left", halo=sea)
    label(mx + 1.2, my + 7.6, "Măng Đen", S, BLACK, align="centre", halo=land)
    label(kx + 4.0, ky + 2.4, "Kon Tum", 6.8, BLACK, bold=True, align="left", halo=land)
    label(byx + 2.6, byy - 4.2, "Bờ Y", S, BLACK, align="left", halo=land)
    label(cx - 8.6, cy - 2.4, "Chu Lai", S, BLACK, align="right", halo=NEIGHBOUR)

    # Neighbours: grey spaced capitals at the edges.
    N, NC, SP = 6.0, GREY, 1.0
    label(north_tip[0] - 5.0, north_tip[1] + 4.6, "ĐÀ NẴNG", N, NC, bold=True, align="right",
          spacing=SP, halo=NEIGHBOUR)
    label(south_tip[0] - 5.0, south_tip[1] - 1.4, "GIA LAI", N, NC, bold=True, align="right",
          spacing=SP, halo=NEIGHBOUR)
    x_lao = P(15.0, 107.29)[0]
    label(x_lao, P(15.08, 0)[1], "LÀO", N, NC, bold=True, align="centre", spacing=SP,
          angle=-math.pi / 2, valign="middle")
    label(x_lao, P(14.17, 0)[1], "CAMPUCHIA", N, NC, bold=True, align="centre", spacing=SP,
          angle=-math.pi / 2, valign="middle")

    # North arrow, bottom right, in the sea.
    nx, ny = W - 7.5, H - 13.0
    cr.move_to(nx, ny - 4.6)
    cr.line_to(nx + 2.3, ny + 1.8)
    cr.line_to(nx, ny + 0.7)
    cr.close_path()
    source(cr, SEA)
    cr.fill()
    cr.move_to(nx, ny - 4.6)
    cr.line_to(nx - 2.3, ny + 1.8)
    cr.line_to(nx, ny + 0.7)
    cr.close_path()
    source(cr, mix(SEA, WHITE, 0.45))
    cr.fill()
    label(nx, ny + 8.4, "N", 5.8, SEA, bold=True, align="centre")

    # --- sea: a few wave marks in open water -------------------------------------------------
    rnd = random.Random(15)  # fixed seed: the same picture every run
    marks = []
    y = 14.0
    row = 0
    while y < H - 4:
        x = (row % 2) * 7.0 + 5.0
        while x < W - 4:
            jx, jy = x + rnd.uniform(-1.5, 1.5), y + rnd.uniform(-1.0, 1.0)
            cx_ = coast_x_at(coast, jy)
            box = (jx - 3.6, jy - 2.0, jx + 3.6, jy + 2.0)
            if cx_ is not None and jx > cx_ + 7.0 and not overlaps(box, keep_clear, 1.2) \
                    and not overlaps(box, [bbox(dq), bbox(ly_son + [P(*LY_SON_BE)])], 3.0) \
                    and not near_curve(jx, jy, boat, 3.5):
                marks.append((jx, jy))
            x += 14.0
        y += 9.5
        row += 1
    for (x, y) in marks:
        wave_mark(cr, x, y, 5.0, 0.9)
    source(cr, SEA, 0.45)
    cr.set_line_width(0.5)
    cr.stroke()

    # --- uplands: scattered two-tone peaks --------------------------------------------------
    inside = fill_test(cr, province_outline)
    roads = [P.all(NH24), P.all(TO_BO_Y), P.all(EXPRESSWAY)]
    rnd = random.Random(24)
    peaks = []
    for _ in range(4000):
        if len(peaks) >= MAP_PEAKS:
            break
        x, y = rnd.uniform(0, W), rnd.uniform(0, H)
        s = rnd.uniform(3.4, 5.0)
        h = s * 0.6
        box = (x - s / 2, y - h, x + s / 2, y)
        if x > upland_x_at(upland, y) - 8.0:
            continue
        if not all(inside(px_, py_) for px_, py_ in ((x - s, y + 1), (x + s, y + 1), (x, y - h - 1.5))):
            continue
        if overlaps(box, keep_clear, 1.5):
            continue
        if any(near_line(x, y - h / 2, line, 3.2) for line in roads):
            continue
        if any((x - px_) ** 2 + (y - py_) ** 2 < 12.5 ** 2 for px_, py_, _ in peaks):
            continue
        peaks.append((x, y, s))
    # Each glyph is a small range: a main peak and a lower one beside it, lit from the west.
    light, dark = mix(CANE, WHITE, 0.30), mix(CANE, BLACK, 0.10)

    def peak(x, y, s):
        h = s * 0.62
        for colour, far in ((light, x - s / 2), (dark, x + s / 2)):
            cr.move_to(far, y)
            cr.line_to(x, y - h)
            cr.line_to(x, y)
            cr.close_path()
            source(cr, colour)
            cr.fill()

    for i, (x, y, s) in enumerate(sorted(peaks, key=lambda p: p[1])):
        side = 1 if i % 3 else -1
        peak(x + side * s * 0.48, y, s * 0.62)
        peak(x, y, s)

    cv.save_png(path)
    return cv.px


MAP_PEAKS = 60
BORDER_TENSION = 0.38


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def coast_x_at(line, y):
    """x of a polyline running north–south at height y; None beyond its ends."""
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        if min(y0, y1) <= y <= max(y0, y1):
            if y1 == y0:
                return max(x0, x1)
            return x0 + (x1 - x0) * (y - y0) / (y1 - y0)
    return None


def upland_x_at(edge, y):
    x = coast_x_at(edge, y)
    if x is None:  # beyond the ends: carry the end points on north and south
        return edge[0][0] if y < edge[0][1] else edge[-1][0]
    return x


def near_line(x, y, line, d):
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        vx, vy = x1 - x0, y1 - y0
        length2 = vx * vx + vy * vy
        t = 0 if length2 == 0 else max(0, min(1, ((x - x0) * vx + (y - y0) * vy) / length2))
        if (x0 + t * vx - x) ** 2 + (y0 + t * vy - y) ** 2 < d * d:
            return True
    return False


def near_curve(x, y, bezier, d):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = bezier
    line = []
    for i in range(21):
        t = i / 20
        a, b, c, e = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3
        line.append((a * x0 + b * x1 + c * x2 + e * x3, a * y0 + b * y1 + c * y2 + e * y3))
    return near_line(x, y, line, d)


def fill_test(cr, outline):
    """Point-in-shape test with Cairo's own fill rule on a drawn outline."""
    def inside(x, y):
        cr.save()
        cr.new_path()
        outline()
        result = cr.in_fill(x, y)
        cr.new_path()
        cr.restore()
        return result
    return inside


# =====================================================================================
# 2. Cover illustration
# =====================================================================================

COVER_MM = (170, 100)  # the cover-image frame of layouts/handbook-a4.xml (master "cover")


def facet_range(cr, ridge, base_y, lit, shade):
    """Low-poly mountains: the ridge (alternating valleys and peaks) filled down to base_y in
    the lit colour, with the east face of every peak in the shade colour."""
    cr.move_to(ridge[0][0], base_y)
    for p in ridge:
        cr.line_to(*p)
    cr.line_to(ridge[-1][0], base_y)
    cr.close_path()
    source(cr, lit)
    cr.fill()
    for i in range(1, len(ridge) - 1):
        (_, y0), (x1, y1), (x2, y2) = ridge[i - 1], ridge[i], ridge[i + 1]
        if y1 < y0 and y1 < y2:                        # a peak
            # the shade runs from the peak down the east slope to the next valley, and
            # from the peak straight down to a foot a little east of it
            cr.move_to(x1, y1)
            cr.line_to(x2, y2)
            cr.line_to(x2, base_y)
            cr.line_to(x1 + (x2 - x1) * 0.28, base_y)
            cr.close_path()
            source(cr, shade)
            cr.fill()


def cover(path):
    cv = Canvas(*COVER_MM, COVER_PPI)
    cr = cv.cr
    W, H = cv.w, cv.h

    def u(x):
        return W * x / 100

    def v(y):
        return H * y / 100

    NAVY = mix(SEA, BLACK, 0.38)
    horizon = v(58)

    # Sky: light sea blue above, warming towards the horizon.
    g = cairo.LinearGradient(0, 0, 0, horizon)
    g.add_color_stop_rgb(0, *rgb(mix(SEA, WHITE, 0.80)))
    g.add_color_stop_rgb(1, *rgb(mix(SAND, WHITE, 0.78)))
    cr.rectangle(0, 0, W, horizon + 1)
    cr.set_source(g)
    cr.fill()

    # Sun rising over the sea, with a pale halo.
    sx, sy = u(84), v(40)
    for r, colour in ((v(21), mix(SAND, WHITE, 0.62)), (v(16.5), mix(SAND, WHITE, 0.30)),
                      (v(12.5), SAND)):
        cr.arc(sx, sy, r, 0, 2 * math.pi)
        source(cr, colour)
        cr.fill()

    # Lý Sơn on the horizon: low volcanic humps (Thới Lới with its flat crater top).
    island = [(u(76.5), horizon), (u(78.5), v(56.0)), (u(80.6), v(52.6)), (u(83.0), v(52.4)),
              (u(84.8), v(55.2)), (u(87.2), v(55.6)), (u(88.8), v(54.0)), (u(90.6), v(56.2)),
              (u(93.5), horizon)]
    cr.move_to(*island[0])
    for p in island[1:]:
        cr.line_to(*p)
    cr.close_path()
    source(cr, mix(SEA, WHITE, 0.42))
    cr.fill()
    # Bé island, smaller, to the left of the main island
    cr.move_to(u(95.0), horizon)
    cr.line_to(u(96.2), v(56.9))
    cr.line_to(u(97.4), v(57.0))
    cr.line_to(u(98.2), horizon)
    cr.close_path()
    cr.fill()

    # Sea, from the horizon down.
    cr.rectangle(0, horizon, W, H - horizon)
    source(cr, SEA)
    cr.fill()
    # Light bands near the horizon, and the sun's path on the water.
    for i, (y, half) in enumerate(((59.4, 8.0), (61.4, 6.0), (63.8, 4.4), (66.6, 3.0))):
        cr.rectangle(sx - u(half), v(y), u(2 * half), v(0.8 + 0.25 * i))
        source(cr, mix(SAND, WHITE, 0.15))
        cr.fill()

    # Mountains in the west: far blue range, then the green one.
    far = [(0, v(32)), (u(7), v(19)), (u(13), v(26)), (u(22), v(12)), (u(31), v(24)),
           (u(38), v(17)), (u(47), v(31)), (u(53), v(28)), (u(62), v(44)), (u(70), horizon)]
    facet_range(cr, far, horizon + 1, mix(SEA, WHITE, 0.60), mix(SEA, WHITE, 0.45))
    mid = [(0, v(44)), (u(9), v(30)), (u(18), v(40)), (u(27), v(32)), (u(37), v(45)),
           (u(44), v(39)), (u(52), v(50)), (u(60), horizon + 1)]
    facet_range(cr, mid, v(70), mix(CANE, SEA, 0.40), mix(CANE, SEA, 0.58))

    # Coastal plain, with the shore running from the horizon down to the lower left.
    plain = mix(CANE, WHITE, 0.35)
    cr.move_to(0, v(52))
    cr.line_to(u(20), v(54))
    cr.line_to(u(40), v(57))
    cr.line_to(u(64), horizon + 1)
    cr.line_to(u(62.5), v(72))      # quay
    cr.line_to(u(47), v(86))
    cr.line_to(u(38), H)
    cr.line_to(0, H)
    cr.close_path()
    source(cr, plain)
    cr.fill()
    # beach: a sand edge along the shore
    cr.move_to(u(62.5), v(72))
    cr.line_to(u(47), v(86))
    cr.line_to(u(38), H)
    cr.line_to(u(40.5), H)
    cr.line_to(u(49), v(86.8))
    cr.line_to(u(64.2), v(72.6))
    cr.close_path()
    source(cr, SAND)
    cr.fill()

    # Refinery: columns, tanks and a flare, one navy silhouette on the plain.
    base = v(70)
    cr.set_line_cap(cairo.LINE_CAP_BUTT)
    source(cr, NAVY)
    for x, w, top in ((27.0, 1.6, 46), (29.4, 1.2, 50), (31.4, 2.0, 43), (34.2, 1.3, 52),
                      (36.0, 1.7, 47.5)):
        rounded_rect(cr, u(x), v(top), u(w), base - v(top), u(w) / 2)
        cr.fill()
    # pipe rack
    cr.rectangle(u(26), v(60), u(13), v(1.0))
    cr.rectangle(u(26), v(63.5), u(13), v(1.0))
    cr.fill()
    # storage tanks: squat cylinders with a light roof
    for x, w, h in ((40.0, 6.0, 7.5), (46.6, 5.0, 6.5), (41.8, 4.4, 4.5)):
        cr.rectangle(u(x), base - v(h), u(w), v(h))
        source(cr, NAVY)
        cr.fill()
        cr.save()
        cr.translate(u(x + w / 2), base - v(h))
        cr.scale(u(w / 2), v(1.1))
        cr.arc(0, 0, 1, 0, 2 * math.pi)
        cr.restore()
        source(cr, mix(SEA, WHITE, 0.55))
        cr.fill()
    # spherical tanks on legs
    for x in (52.6, 56.4):
        cr.arc(u(x), base - v(5.8), v(3.0), 0, 2 * math.pi)
        source(cr, NAVY)
        cr.fill()
        cr.rectangle(u(x) - v(2.2), base - v(3.4), v(0.7), v(3.4))
        cr.rectangle(u(x) + v(1.5), base - v(3.4), v(0.7), v(3.4))
        cr.fill()
    # flare stack with its flame
    fx = u(23.5)
    cr.rectangle(fx - u(0.35), v(38), u(0.7), base - v(38))
    source(cr, NAVY)
    cr.fill()
    cr.move_to(fx, v(30.5))
    cr.curve_to(fx + u(1.6), v(33.5), fx + u(1.2), v(36.5), fx, v(37.6))
    cr.curve_to(fx - u(1.2), v(36.5), fx - u(1.4), v(34.0), fx, v(30.5))
    source(cr, SAND)
    cr.fill()
    # ground line of the plant
    cr.rectangle(u(21), base, u(41.5), v(1.2))
    source(cr, NAVY)
    cr.fill()

    # Port: a quay, a ship-to-shore crane with its boom over the water, a container ship.
    quay_y = v(72)
    cr.move_to(u(58), quay_y)
    cr.line_to(u(80), quay_y)
    cr.line_to(u(80), quay_y + v(1.6))
    cr.line_to(u(58), quay_y + v(1.6))
    cr.close_path()
    source(cr, NAVY)
    cr.fill()
    # ship alongside
    hull_top, hull_bot = v(70.2), v(75.6)
    cr.move_to(u(64.5), hull_top)
    cr.line_to(u(84.0), hull_top)
    cr.line_to(u(82.0), hull_bot)
    cr.line_to(u(66.0), hull_bot)
    cr.close_path()
    source(cr, mix(SEA, BLACK, 0.55))
    cr.fill()
    cr.rectangle(u(64.5), hull_top, u(19.5), v(0.8))
    source(cr, mix(SAND, BLACK, 0.05))
    cr.fill()
    # containers in rows
    palette = [SAND, CANE, WHITE, mix(SEA, WHITE, 0.5), SAND, mix(CANE, BLACK, 0.2)]
    cw, ch = u(2.05), v(2.6)
    for row, (x0, n) in enumerate(((66.4, 6), (66.4, 6), (68.7, 4))):
        for i in range(n):
            c = palette[(i * 2 + row * 3) % len(palette)]
            cr.rectangle(u(x0) + i * (cw + u(0.25)), hull_top - (row + 1) * (ch + v(0.3)),
                         cw, ch)
            source(cr, c)
            cr.fill()
    # bridge at the stern
    cr.rectangle(u(80.2), v(62.5), u(2.4), hull_top - v(62.5))
    source(cr, WHITE)
    cr.fill()
    cr.rectangle(u(80.2), v(62.5), u(2.4), v(1.0))
    source(cr, NAVY)
    cr.fill()
    # crane: a portal on the quay, a boom reaching over the ship, stays from the apex
    cr.set_line_cap(cairo.LINE_CAP_BUTT)
    cr.set_line_join(cairo.LINE_JOIN_MITER)
    source(cr, SAND)
    cr.set_line_width(u(0.7))
    for x in (60.2, 64.2):
        cr.move_to(u(x), quay_y)
        cr.line_to(u(x), v(47.0))
    cr.move_to(u(60.2), v(58.0))
    cr.line_to(u(64.2), v(58.0))
    cr.move_to(u(55.5), v(47.0))          # boom: back-reach to outreach
    cr.line_to(u(78.0), v(47.0))
    cr.stroke()
    cr.set_line_width(u(0.35))
    cr.move_to(u(62.2), v(37.5))          # apex and stays
    cr.line_to(u(62.2), v(47.0))
    cr.move_to(u(62.2), v(37.5))
    cr.line_to(u(75.0), v(47.0))
    cr.move_to(u(62.2), v(37.5))
    cr.line_to(u(56.5), v(47.0))
    cr.move_to(u(60.2), v(58.0))          # portal bracing
    cr.line_to(u(64.2), v(50.0))
    cr.stroke()
    cr.rectangle(u(59.8), v(47.0), u(4.8), v(3.0))  # machinery house
    cr.fill()
    cr.set_line_width(u(0.18))            # hoist ropes and spreader over the ship
    cr.move_to(u(71.6), v(47.0))
    cr.line_to(u(71.6), v(60.2))
    cr.move_to(u(72.4), v(47.0))
    cr.line_to(u(72.4), v(60.2))
    cr.stroke()
    cr.rectangle(u(70.6), v(60.2), u(2.8), v(0.8))
    cr.fill()

    # Waves in the foreground: rows of scallops in darker and lighter blues.
    def wave_row(y, amp, period, colour, x_from):
        cr.move_to(x_from, H + 1)
        x = x_from
        cr.line_to(x, y)
        while x < W + period:
            cr.curve_to(x + period * 0.25, y - amp, x + period * 0.75, y - amp, x + period, y)
            x += period
        cr.line_to(x, H + 1)
        cr.close_path()
        source(cr, colour)
        cr.fill()

    cr.save()
    cr.move_to(u(65.4), horizon)
    cr.line_to(u(64.2), v(72.6))
    cr.line_to(u(49), v(86.8))
    cr.line_to(u(40.5), H)
    cr.line_to(W, H)
    cr.line_to(W, horizon)
    cr.close_path()
    cr.clip()
    wave_row(v(80.5), v(1.6), u(6.0), mix(SEA, WHITE, 0.18), u(47))
    wave_row(v(85.0), v(1.8), u(7.0), SEA, u(44))
    wave_row(v(90.0), v(2.0), u(8.0), mix(SEA, BLACK, 0.18), u(41))
    wave_row(v(95.0), v(2.2), u(9.0), mix(SEA, BLACK, 0.30), u(38.5))
    cr.restore()

    # A field in the foreground, lower left, and sugarcane on it ("quê mía xứ đường").
    cr.move_to(0, v(80))
    cr.curve_to(u(12), v(77), u(28), v(80), u(43.5), v(91))
    cr.line_to(u(38.8), H)
    cr.line_to(0, H)
    cr.close_path()
    source(cr, mix(CANE, WHITE, 0.18))
    cr.fill()
    # Stalks with nodes and long leaves.
    rnd = random.Random(7)
    for i, x in enumerate((3.0, 7.5, 11.2, 15.6, 19.0, 23.4)):
        top = v(72 + rnd.uniform(-3, 3) + (i % 2) * 4)
        sx_ = u(x)
        lean = u(rnd.uniform(-1.2, 1.2))
        # stalk
        cr.move_to(sx_, H + 1)
        cr.line_to(sx_ + lean, top)
        source(cr, mix(CANE, BLACK, 0.30))
        cr.set_line_width(u(0.8))
        cr.set_line_cap(cairo.LINE_CAP_ROUND)
        cr.stroke()
        # nodes
        for j in range(1, 5):
            t = j / 5
            nx = sx_ + lean * (1 - t)
            ny = top + (H - top) * (1 - t)
            cr.move_to(nx - u(0.55), ny)
            cr.line_to(nx + u(0.55), ny)
        source(cr, mix(CANE, BLACK, 0.5))
        cr.set_line_width(v(0.35))
        cr.stroke()
        # leaves: long arcs from the top, alternately left and right
        for k, (dx, dy) in enumerate(((-7, 3), (6.5, 2), (-5, 8), (7.5, 9), (-6, 13))):
            lx0, ly0 = sx_ + lean, top + v(k * 2.6)
            ex, ey = lx0 + u(dx), ly0 + v(dy)
            mx_, my_ = (lx0 + ex) / 2, min(ly0, ey) - v(5)
            cr.move_to(lx0, ly0)
            cr.curve_to(mx_, my_, mx_, my_, ex, ey)
            cr.curve_to(mx_, my_ + v(2.0), mx_, my_ + v(2.0), lx0, ly0 + v(1.2))
            cr.close_path()
            source(cr, CANE if (k + i) % 2 else mix(CANE, BLACK, 0.15))
            cr.fill()

    cv.save_jpeg(path, quality=90)
    return cv.px




# =====================================================================================

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=here, help="output folder (default: beside this script)")
    ap.add_argument("only", nargs="*", help="names of images to make (default: all)")
    args = ap.parse_args()
    jobs = {
        "province-map.png": province_map,
        "cover.jpg": cover,
    }
    for name, fn in jobs.items():
        if args.only and name not in args.only:
            continue
        px = fn(os.path.join(args.out, name))
        if px:
            print(f"{name}: {px[0]} × {px[1]} px")


if __name__ == "__main__":
    main()
