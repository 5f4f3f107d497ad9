#!/usr/bin/env python3
"""The print preflight through the command line, on the small publications in
tests/fixtures/print-e2e/, each with one fault (clean.xml has none):

  fixture                  fault                                           finding           exit
  low-resolution-image     a 283 px wide picture placed 100 mm wide        image-resolution  1
  safe-margin              a text frame 2 mm from the trim (5 mm safe)     safe-margin       1
  rgb-only-swatch          a paragraph style in an RGB-only swatch         rgb-only-color    1
  small-text               5 pt text in a four-ink black                   small-text-inks   0
  hairline                 table rules of 0.1 pt                           hairline          0

Each finding is in the text report and in the JSON report (read with the json module), and
on stderr as file:line:col: error|warning. An error keeps the print PDF from being written and
leaves the last one and its reports in place, byte for byte (the refused edition's reports are
<stem>.preflight-failed.*); --force writes it and both reports say so; warnings
alone let it be written. `brochure check` finds the same and writes nothing. The expected
numbers (72 ppi, 3.0 mm, 0.10 pt …) are worked out here from the fixture files, which xmllint
first finds valid against the schemas: each fault is the one the preflight is for."""
import json
import re
import shutil
import struct
import xml.etree.ElementTree as ET

from support import OUT, ROOT, Failures, PrintGeometry, brochure, layout_chain, length, require, run

FIXTURES = ROOT / "tests" / "fixtures" / "print-e2e"
MM = 72 / 25.4


def png_width(path):
    header = path.read_bytes()[:24]
    return struct.unpack(">I", header[16:20])[0]


def expected_findings():
    """{fixture: (check, level, phrases its message must hold)}, from the fixture files."""
    figure = ET.parse(FIXTURES / "low-resolution-image.xml").getroot().find(".//figure")
    ppi = png_width(FIXTURES / figure.get("src")) * 72 / length(figure.get("width"))

    safe = PrintGeometry(FIXTURES / "safe-margin.xml")
    panel = layout_chain(FIXTURES / "safe-margin.xml")[0][1].find("sheets/sheet/panel")
    over = (safe.safe_margin - length(panel.get("margin-left"))) / MM

    base = layout_chain(FIXTURES / "clean.xml")[0][1]
    rgb_only = [s.get("name") for s in base.iter("swatch") if s.get("cmyk") is None]
    fine_print = base.find("paragraph-styles/style[@name='fine-print']")
    four_inks = base.find(f"swatches/swatch[@name='{fine_print.get('color')}']")
    hairline = layout_chain(FIXTURES / "hairline.xml")[0][1].find("table-style")

    return {
        "low-resolution-image": ("image-resolution", "error", [f"placed at {round(ppi)} ppi"]),
        "safe-margin": ("safe-margin", "error",
                        [f"{over:.1f} mm over the left edge of the {safe.safe_margin / MM:.1f} mm safe area"]),
        "rgb-only-swatch": ("rgb-only-color", "error", [f'swatch "{rgb_only[0]}" has only an RGB value']),
        "small-text": ("small-text-inks", "warning",
                       [f"down to {length(fine_print.get('size')):.1f} pt",
                        f'in swatch "{four_inks.get("name")}" ({four_inks.get("cmyk").replace(" ", "/")}) prints in 4 inks']),
        "hairline": ("hairline", "warning", [f"down to {length(hairline.get('rule-width')):.2f} pt"]),
    }


def build(fixture, out, *extra):
    return brochure("build", FIXTURES / f"{fixture}.xml", "--edition", "print", "--no-preview", "--out", out, *extra)


def reports(out, fixture, refused=False):
    """The reports of the last build; a refused print edition's are <stem>.preflight-failed.*, so
    the last good edition's reports stay beside its PDF."""
    folder = out / fixture
    name = "preflight-failed" if refused else "preflight"
    text = (folder / f"{fixture}.en.{name}.txt").read_text(encoding="utf-8")
    data = json.loads((folder / f"{fixture}.en.{name}.json").read_text(encoding="utf-8"))
    return text, data


def check_reports(failures, name, text, data, finding, forced=False):
    """Both reports hold the one kind of finding, with counts that agree."""
    check, level, phrases = finding
    errors = sum(1 for f in data["findings"] if f["level"] == "error")
    warnings = sum(1 for f in data["findings"] if f["level"] == "warning")
    failures.check((data["errors"], data["warnings"]) == (errors, warnings) and errors + warnings > 0,
                   f"{name}: JSON counts {data['errors']}, {data['warnings']} for {errors} errors, {warnings} warnings")
    failures.check({(f["level"], f["check"], f["page"]) for f in data["findings"]} == {(level, check, 1)},
                   f"{name}: JSON findings {[(f['level'], f['check'], f['page']) for f in data['findings']]}")
    failures.check(any(all(p in f["message"] for p in phrases) for f in data["findings"]),
                   f"{name}: no JSON message with {phrases}")
    failures.check(all(set(f["area"]) == {"x", "y", "width", "height"} and f["area"]["width"] > 0
                       for f in data["findings"]), f"{name}: JSON areas {[f['area'] for f in data['findings']]}")
    failures.check(data.get("forced", False) is forced, f"{name}: JSON \"forced\" is {data.get('forced')}")

    lines = text.splitlines()
    failures.check(any(line.startswith(f"{level}: page 1: {check}: ") and all(p in line for p in phrases) for line in lines),
                   f"{name}: no '{level}: page 1: {check}: …' line with {phrases} in the text report:\n{text}")
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    failures.check(lines[-1] == f"preflight: {plural(errors, 'error')}, {plural(warnings, 'warning')}",
                   f"{name}: text report ends {lines[-1]!r}")
    failures.check(lines[0].startswith("FORCED:") is forced, f"{name}: text report starts {lines[0]!r}")


def check_stderr(failures, name, result, fixture, finding):
    check, level, phrases = finding
    pattern = rf"{re.escape(str(FIXTURES / fixture))}\.xml:\d+:\d+: {level}: preflight \(en, print, page 1\): {check}: .*"
    failures.check(any(re.fullmatch(pattern, line) and all(p in line for p in phrases) for line in result.stderr.splitlines()),
                   f"{name}: stderr has no {level} for {check}:\n{result.stderr[-600:]}")


def check_schemas(failures):
    for schema, files in ((ROOT / "content" / "schema" / "publication.rng", sorted(FIXTURES.glob("*.xml"))),
                          (ROOT / "layouts" / "schema" / "layout.rng", sorted(FIXTURES.glob("layouts/*.xml")))):
        result = run(["xmllint", "--noout", "--relaxng", schema, *files])
        failures.check(result.returncode == 0, f"fixtures against {schema.name}: {result.stderr[-600:]}")


def main():
    require("xmllint")
    failures = Failures()
    scratch = OUT / "print_preflight"
    shutil.rmtree(scratch, ignore_errors=True)
    check_schemas(failures)

    out = scratch / "clean"
    result = build("clean", out)
    text, data = reports(out, "clean")
    failures.check(result.returncode == 0 and (out / "clean" / "clean.en.print.pdf").exists(),
                   f"clean: exit {result.returncode}, {result.stderr[-300:]}")
    failures.check((data["errors"], data["warnings"], data["findings"]) == (0, 0, []) and data["profile"]["name"] == "pdfx4"
                   and text.splitlines()[0].startswith("profile: pdfx4 (") and text.endswith("\npreflight: 0 errors, 0 warnings\n"),
                   f"clean: reports {data}, {text!r}")
    # The report says what the file embeds, as read back from it.
    failures.check("FOGRA39L coated" in data["profile"]["output_intent"] and "output intent: FOGRA39 (" in text,
                   f"clean: output intent {data['profile']['output_intent']!r}")

    for fixture, finding in expected_findings().items():
        out = scratch / fixture
        pdf = out / fixture / f"{fixture}.en.print.pdf"
        blocks = finding[1] == "error"

        result = build(fixture, out)
        failures.check(result.returncode == (1 if blocks else 0), f"{fixture}: exit {result.returncode}")
        failures.check(pdf.exists() is not blocks, f"{fixture}: print PDF {'written' if blocks else 'missing'}")
        check_stderr(failures, fixture, result, fixture, finding)
        check_reports(failures, fixture, *reports(out, fixture, refused=blocks), finding)
        if fixture == "small-text":  # the finding points at the paragraph in the content
            line = next(n for n, l in enumerate((FIXTURES / "small-text.xml").read_text().splitlines(), 1)
                        if 'style="fine-print"' in l)
            sources = [f["source"] for f in reports(out, fixture)[1]["findings"]]
            failures.check(sources and all((s or "").endswith(f"small-text.xml:{line}:5") for s in sources),
                           f"small-text: sources {sources}, the <p> is on line {line}")
        failures.check(not (out / fixture / f"{fixture}.en.preflight.txt").exists() is blocks,
                       f"{fixture}: a refused edition's report took the last good report's name")
        if not blocks:
            continue

        # --force writes the file, says so in both reports, and still exits 1.
        result = build(fixture, out, "--force")
        failures.check(result.returncode == 1 and pdf.exists(), f"{fixture} --force: exit {result.returncode}, "
                                                                  f"PDF {'written' if pdf.exists() else 'missing'}")
        check_reports(failures, f"{fixture} --force", *reports(out, fixture), finding, forced=True)
        failures.check(not (out / fixture / f"{fixture}.en.preflight-failed.txt").exists(),
                       f"{fixture} --force: the refused report of the previous build was not removed")

        # Without --force again, the forced file stays as it was.
        if pdf.exists():
            before = (pdf.read_bytes(), pdf.stat().st_mtime_ns, reports(out, fixture))
            result = build(fixture, out)
            failures.check(result.returncode == 1, f"{fixture} again: exit {result.returncode}")
            failures.check((pdf.read_bytes(), pdf.stat().st_mtime_ns, reports(out, fixture)) == before,
                           f"{fixture}: the last print PDF or its reports were touched")
            check_reports(failures, f"{fixture} again", *reports(out, fixture, refused=True), finding)
            failures.check("nothing of" in result.stderr and "stay as they were" in result.stderr,
                           f"{fixture} again: the message does not say the last outputs were kept: {result.stderr[-400:]}")

        # `check` runs the same preflight and writes nothing.
        result = brochure("check", FIXTURES / f"{fixture}.xml", "--out", scratch / "check")
        failures.check(result.returncode == 1, f"{fixture} check: exit {result.returncode}")
        check_stderr(failures, f"{fixture} check", result, fixture, finding)
        failures.check(not (scratch / "check").exists(), f"{fixture}: check wrote files")
    failures.finish("print_preflight")


if __name__ == "__main__":
    main()
