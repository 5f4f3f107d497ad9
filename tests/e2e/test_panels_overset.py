#!/usr/bin/env python3
"""Fixed panels never overflow silently. tests/fixtures/panels/overset.xml puts a long Russian
text into the small right panel of a card (layouts/panels-*.xml beside it, found by walking up):

- fit="none": the build fails, naming the publication, the language, the panel, the source line
  and how much did not fit, in lines and mm, and writes nothing for that language;
- fit="shrink" with a reachable min-scale: it builds, and the note on stderr gives the scale and
  the body size used: the size the display list shows, the largest that fits (one percent more
  overflows when the layout is set to it without copy-fitting);
- fit="shrink" with an unreachable min-scale: the build fails, saying so.

How much should not fit is worked out here from the layout's numbers and the number of lines the
text has when the same panel is made tall enough to hold it all."""
import re
import shutil
import xml.etree.ElementTree as ET

from support import OUT, ROOT, Failures, brochure, require
from panels_layout import ONE_JOB, area_text, length, mm, panel_pages, PanelLayout
from test_text_roundtrip import found_in

FIXTURES = ROOT / "tests" / "fixtures" / "panels"
PUBLICATION = FIXTURES / "overset.xml"
SCRATCH = OUT / "panels-overset"
RUSSIAN = "Экономическая зона Зунгкуат занимает"  # the start of the long paragraph


def source_line(path, needle):
    """The line of the <p> that holds `needle`: where the overset paragraph starts."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if needle in line)
    return next(i for i in range(at, -1, -1) if lines[i].strip() == "<p>") + 1


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def variant(layout_id, folder):
    """The fixture publication set with another layout, written into `folder` (beside a copy of the layouts)."""
    path = folder / f"overset-{layout_id}.xml"
    path.write_text(PUBLICATION.read_text(encoding="utf-8").replace('layout="panels-fixed"', f'layout="{layout_id}"'),
                    encoding="utf-8")
    return path


def derived_layout(folder, layout_id, base, body):
    (folder / "layouts" / f"{layout_id}.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<layout id="{layout_id}" kind="leaflet" base="{base}">\n{body}\n</layout>\n',
        encoding="utf-8")


def scaled_styles(scale):
    """panels-base's paragraph styles with every size, leading and space multiplied by `scale`, as
    copy-fitting scales them (min-size too, so that it stays below the size)."""
    names = [s.get("name") for s in ET.parse(FIXTURES / "layouts" / "panels-base.xml").getroot().find("paragraph-styles")]
    lengths = ("size", "leading", "space-before", "space-after", "min-size")
    return "<paragraph-styles>\n" + "\n".join(
        f'  <style name="{name}" parent="{name}" ' +
        " ".join(f'{k}="{style_length(name, k) * scale:.4f}pt"' for k in lengths) + "/>" for name in names) + \
        "\n</paragraph-styles>"


def style_length(name, attribute):
    """A length of one of panels-base's paragraph styles, inherited through parent= as the layout format says."""
    styles = {s.get("name"): s for s in ET.parse(FIXTURES / "layouts" / "panels-base.xml").getroot().find("paragraph-styles")}
    while name and styles[name].get(attribute) is None:
        name = styles[name].get("parent")
    return length(styles[name].get(attribute)) if name else 0.0


def body_baselines(dump, panel, size):
    """The baselines of the lines set at `size` on the page of `panel` in a --dump file."""
    text = dump.read_text(encoding="utf-8")
    page = re.search(rf"^page \d+ panel:{panel} .*?(?=^page |^sheet |\Z)", text, re.M | re.S).group(0)
    return sorted({float(y) for s, y in re.findall(r"run font=\d+ size=([\d.]+) .* at [\d.]+,([\d.]+)", page)
                   if abs(float(s) - size) < 0.01})


OVERSET = re.compile(r"^(?P<file>.+?):(?P<line>\d+):\d+: error: overset: (?P<pub>\S+) \((?P<lang>\w+)\), panel "
                     r"(?P<panel>[\w-]+): (?P<lines>\d+) lines? \((?P<mm>[\d.]+) mm\) of content do not fit"
                     r"(?: even at the smallest size the layout allows \((?P<floor>\d+) %\))?; shorten the text", re.M)
NOTE = re.compile(r"^(?P<file>.+?):\d+:\d+: note: copy-fit: (?P<pub>\S+) \((?P<lang>\w+)\), panel (?P<panel>[\w-]+): "
                  r"text set at (?P<percent>\d+) % of its size \(body (?P<nominal>[\d.]+) pt → (?P<used>[\d.]+) pt\)", re.M)


def main():
    require("pdftotext")
    failures = Failures()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    work = SCRATCH / "work"
    shutil.copytree(FIXTURES, work)
    layout = PanelLayout(FIXTURES / "layouts" / "panels-fixed.xml")
    panel = layout.panel("right")
    body_size, leading = style_length("body", "size"), style_length("body", "leading")
    heading = style_length("h2", "leading") + style_length("h2", "space-after")
    p_line = source_line(PUBLICATION, RUSSIAN)

    # How many lines the Russian paragraph has, and so how many cannot stand in the right panel:
    # the text frame holds the heading (its leading and space after) and then whole lines.
    derived_layout(work, "panels-tall", "panels-fixed", '<page width="150mm" height="300mm"/>')
    r = brochure("build", *ONE_JOB, variant("panels-tall", work), "--lang", "ru", "--edition", "digital", "--no-preview",
                 "--dump", "--out", SCRATCH / "tall")
    failures.check(r.returncode == 0, f"tall panel: exit {r.returncode}: {r.stderr[-400:]}")
    total = len(body_baselines(SCRATCH / "tall" / "overset" / "overset.ru.dump.txt", "right", body_size))
    room = int((panel.text[3] - heading) // leading + 1e-9)
    expected_lines = total - room + (1 if total - room == 1 else 0)  # no single line left behind (widow control)
    failures.check(total > room + 2, f"the fixture's Russian paragraph has {total} lines, the panel holds {room}: "
                                     "make it longer")

    # fit="none": an error for Russian, nothing written for it; English builds.
    out = SCRATCH / "fixed"
    r = brochure("build", *ONE_JOB, PUBLICATION, "--out", out)
    errors = list(OVERSET.finditer(r.stderr))
    failures.check(r.returncode == 1, f"fit=none: exit {r.returncode}, expected 1")
    failures.check(len(errors) == 1 and r.stderr.count("error:") == 1, f"fit=none: expected one overset error: {r.stderr}")
    for e in errors:
        failures.check((e["file"], int(e["line"]), e["pub"], e["lang"], e["panel"], e["floor"]) ==
                       (str(PUBLICATION), p_line, "overset", "ru", "right", None),
                       f"fit=none: the message names {e.group(0)!r}; expected {PUBLICATION}:{p_line}, overset (ru), panel right")
        failures.check(int(e["lines"]) == expected_lines,
                       f"fit=none: {e['lines']} lines reported, {expected_lines} of {total} do not fit")
        failures.check(abs(float(e["mm"]) - mm(int(e["lines"]) * leading)) <= 0.051,
                       f"fit=none: {e['mm']} mm reported for {e['lines']} lines of {leading} pt")
        failures.check("fit=\"shrink\"" in r.stderr, "fit=none: the message does not say the panel could shrink the text")
    written = files_under(out)
    failures.check(not any(".ru." in f or "/ru/" in f for f in written), f"fit=none: Russian output written: {written}")
    failures.check("overset/overset.en.print.pdf" in written, f"fit=none: English not built: {written}")
    r = brochure("build", *ONE_JOB, PUBLICATION, "--lang", "ru", "--out", SCRATCH / "fixed-ru")
    failures.check(r.returncode == 1 and files_under(SCRATCH / "fixed-ru") == [],
                   f"fit=none --lang ru: exit {r.returncode}, wrote {files_under(SCRATCH / 'fixed-ru')}")

    # fit="shrink", min-scale reachable: built, and the note gives the size the text was set at.
    out = SCRATCH / "shrink"
    shrink = PanelLayout(FIXTURES / "layouts" / "panels-shrink.xml").panel("right")
    r = brochure("build", *ONE_JOB, variant("panels-shrink", work), "--dump", "--no-preview", "--out", out)
    notes = list(NOTE.finditer(r.stderr))
    failures.check(r.returncode == 0 and "error" not in r.stderr, f"fit=shrink: exit {r.returncode}: {r.stderr}")
    failures.check(len(notes) == 1 and r.stderr.count("copy-fit") == 1, f"fit=shrink: expected one copy-fit note: {r.stderr}")
    for n in notes:
        percent, nominal, used = int(n["percent"]), float(n["nominal"]), float(n["used"])
        failures.check((n["pub"], n["lang"], n["panel"]) == ("overset", "ru", "right"), f"fit=shrink: note {n.group(0)}")
        failures.check(abs(nominal - body_size) < 0.05, f"fit=shrink: nominal body {nominal} pt, the layout's is {body_size} pt")
        # Both figures are rounded for print (whole per cent, tenth of a point): they agree within
        # half a per cent of the nominal size plus half a tenth.
        failures.check(shrink.min_scale * 100 <= percent < 100 and abs(used - nominal * percent / 100) <= 0.005 * nominal + 0.05,
                       f"fit=shrink: {percent} % and {used} pt, min-scale {shrink.min_scale:.0%}")
        # The display list shows the body at that size, every line of it inside the text frame.
        dump = out / "overset" / "overset.ru.dump.txt"
        sizes = {float(s) for s in re.findall(r"^  run font=\d+ size=([\d.]+) ", dump.read_text(encoding="utf-8"), re.M)}
        body = min(sizes, key=lambda s: abs(s - used))
        lines = body_baselines(dump, "right", body)
        failures.check(abs(body - used) <= 0.06 and len(lines) > room,  # the note rounds to 0.1 pt
                       f"fit=shrink: the note says {used} pt, the right panel has {len(lines)} lines at {body} pt")
        failures.check(lines and lines[-1] <= panel.text[1] + panel.text[3],
                       f"fit=shrink: the last line stands at {lines[-1] if lines else None} pt, below the text frame")
        pdf = out / "overset" / "overset.ru.digital.pdf"
        page, right, origin = next(p for p in panel_pages(pdf, layout, "digital") if p[1].name == "right")
        paragraph = " ".join(ET.parse(PUBLICATION).getroot().find(".//panel[@name='right']/p/*[2]").itertext())
        failures.check(found_in(paragraph, area_text(pdf, page, right.text, origin)),
                       "fit=shrink: pdftotext does not find the whole Russian paragraph in the right panel's text frame")
        # The largest scale that fits: set without copy-fitting at the reported scale less half a
        # percent (rounding) it fits, at one percent more it does not.
        for scale, fits in ((percent - 0.5) / 100, True), ((percent + 1) / 100, False):
            name = f"panels-at-{round(scale * 1000)}"
            derived_layout(work, name, "panels-fixed", scaled_styles(scale))
            r = brochure("build", *ONE_JOB, variant(name, work), "--lang", "ru", "--edition", "digital", "--no-preview",
                         "--out", SCRATCH / name)
            failures.check((r.returncode == 0) == fits and (("error: overset" in r.stderr) != fits),
                           f"fit=none at {scale:.1%}: exit {r.returncode}, expected the text to "
                           f"{'fit' if fits else 'overflow'}: {r.stderr[-300:]}")

    # fit="shrink", min-scale unreachable: an error that says so, nothing written.
    out = SCRATCH / "floor"
    floor = PanelLayout(FIXTURES / "layouts" / "panels-floor.xml").panel("right")
    path = variant("panels-floor", work)
    r = brochure("build", *ONE_JOB, path, "--lang", "ru", "--out", out)
    errors = list(OVERSET.finditer(r.stderr))
    failures.check(r.returncode == 1 and len(errors) == 1, f"unreachable min-scale: exit {r.returncode}: {r.stderr}")
    for e in errors:
        failures.check((e["file"], int(e["line"]), e["lang"], e["panel"]) == (str(path), p_line, "ru", "right"),
                       f"unreachable min-scale: {e.group(0)!r}")
        failures.check(e["floor"] is not None and int(e["floor"]) == round(floor.min_scale * 100),
                       f"unreachable min-scale: the message gives {e['floor']} %, the layout's min-scale is {floor.min_scale:.0%}")
        failures.check(abs(float(e["mm"]) - mm(int(e["lines"]) * leading * floor.min_scale)) <= 0.051,
                       f"unreachable min-scale: {e['mm']} mm for {e['lines']} lines at {floor.min_scale:.0%} of {leading} pt")
    failures.check(files_under(out) == [], f"unreachable min-scale: wrote {files_under(out)}")
    failures.finish("panels_overset")


if __name__ == "__main__":
    main()
