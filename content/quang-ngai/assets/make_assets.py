#!/usr/bin/python3
"""Draw the illustration of the Quảng Ngãi sample publication.

    /usr/bin/python3 content/quang-ngai/assets/make_assets.py [--out DIR]

Writes, next to this script (or into DIR):
    cover.jpg          abstract cover illustration (cover frame, 170 × 100 mm)

The charts and the schematic map are no longer pictures: the engine draws them from data
(<chart>, and <map> over maps/province.map), in every language. Needs Debian's python3-cairo
and python3-pil. Run it with /usr/bin/python3.

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
from PIL import Image

# Brand colours: the swatches of layouts/handbook-a4.xml (RGB values for screens).
SEA = "#005587"
CANE = "#6cad3d"
SAND = "#fbc95a"
BLACK = "#1e1e1e"
WHITE = "#ffffff"

MM = 72 / 25.4  # points per millimetre
COVER_PPI = 300

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


def rounded_rect(cr, x, y, w, h, r):
    r = min(r, w / 2, h / 2)
    cr.new_sub_path()
    cr.arc(x + w - r, y + r, r, -math.pi / 2, 0)
    cr.arc(x + w - r, y + h - r, r, 0, math.pi / 2)
    cr.arc(x + r, y + h - r, r, math.pi / 2, math.pi)
    cr.arc(x + r, y + r, r, math.pi, 3 * math.pi / 2)
    cr.close_path()


# =====================================================================================
# Cover illustration
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
