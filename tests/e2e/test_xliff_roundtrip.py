#!/usr/bin/env python3
"""The translation round trip through XLIFF 2.0, checked by tools the engine did not write:

- every exported file conforms to XLIFF 2.0 core as the specification states it (xliff_spec,
  a structural check: the OASIS XSD is not shipped), and Python's own xml.etree finds in it
  the same units, texts and inline codes as in the publication's XML (unit ids recomputed
  here from the id rule, texts and codes read from the content files);
- importing every file unchanged leaves every XML file and every PDF (digital and print) of the
  handbook byte-identical;
- changing one target changes exactly that <t> (the bytes before and after it are untouched);
- a file whose unit or inline code does not match is refused, naming the unit, writing nothing;
- changing one Vietnamese paragraph makes `brochure status` report exactly its five
  translations outdated; `build` warns, and fails with --strict-translations.
"""
import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET

import xliff_spec
from support import CONTENT, LANGUAGES, OUT, XML_LANG, Failures, brochure, require, xml_space

PUBLICATIONS = ["handbook.xml", "leaflet.xml", "flyer.xml"]
TARGETS = [lang for lang in LANGUAGES if lang != "vi"]


def digest(folder, pattern):
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob(pattern))}


def content_units(publication):
    """unit id → element with <t> children, by the documented rule: the nearest id, then the
    path below it by name and position among same-named siblings ("economy:facts1.fact2.label1")."""
    units = {}
    files = [(publication, None)]
    while files:
        path, _ = files.pop(0)
        root = ET.parse(path).getroot()
        anchor = root.get("id")

        def walk(element, anchor, steps):
            seen = {}
            for child in element:
                if child.tag == "t" or not isinstance(child.tag, str):
                    continue
                seen[child.tag] = seen.get(child.tag, 0) + 1
                child_anchor, child_steps = anchor, steps + [f"{child.tag}{seen[child.tag]}"]
                if child.get("id"):
                    child_anchor, child_steps = child.get("id"), []
                if child.tag == "include":
                    files.append((path.parent / child.get("href"), None))
                if child.find("t") is not None:
                    units[child_anchor + (":" + ".".join(child_steps) if child_steps else "")] = child
                else:
                    walk(child, child_anchor, child_steps)
        walk(root, anchor, [])
    return units


def plain(t):
    """The text of a <t> as the content reader collapses it: XML white space to one space,
    none at the ends, none around a <br/>; a <br/> stands as "\\0", a <num/> as "\\1" (as
    xliff_spec.text shows their <ph>s)."""
    def walk(element):
        yield element.text or ""
        for child in element:
            yield {"br": "\0", "num": "\1"}.get(child.tag) or "".join(walk(child))
            yield child.tail or ""
    return re.sub(r" ?\0 ?", "\0", xml_space("".join(walk(t))))


def t_of(element, lang):
    return next((t for t in element.findall("t") if t.get(XML_LANG) == lang), None)


def inline_markup(t):
    return [(e.tag, dict(e.attrib)) for e in t.iter() if e is not t]


def parse_markup(markups):
    out = []
    for m in markups:
        name = re.match(r"<(\w+)", m).group(1)
        out.append((name, {k: ET.fromstring(f'<x a="{v}"/>').get("a") for k, v in re.findall(r'(\S+?)="([^"]*)"', m)}))
    return out


def check_export(failures, folder, content):
    checked = 0
    for publication in PUBLICATIONS:
        units = content_units(content / publication)
        pid = ET.parse(content / publication).getroot().get("id")
        for lang in TARGETS:
            xlf = folder / f"{pid}.vi-{lang}.xlf"
            problems = xliff_spec.check(xlf)
            failures.check(not problems, f"{xlf.name}: not XLIFF 2.0 core: {problems[:5]}")
            found = xliff_spec.segments(xlf)
            expected = {uid for uid, e in units.items() if t_of(e, "vi") is not None}
            failures.check(set(found) == expected, f"{xlf.name}: units differ from the content: "
                                                   f"missing {sorted(expected - set(found))[:5]}, extra {sorted(set(found) - expected)[:5]}")
            for uid in expected & set(found):
                source, target, source_codes, target_codes = found[uid]
                element = units[uid]
                vi, tr = t_of(element, "vi"), t_of(element, lang)
                failures.check(source == plain(vi), f"{xlf.name} {uid}: source text differs")
                failures.check(parse_markup(source_codes) == inline_markup(vi), f"{xlf.name} {uid}: source codes differ")
                if tr is None:
                    failures.check(target is None, f"{xlf.name} {uid}: a target without a translation")
                else:
                    failures.check(target == plain(tr), f"{xlf.name} {uid}: target text differs")
                    failures.check(parse_markup(target_codes) == inline_markup(tr), f"{xlf.name} {uid}: target codes differ")
                checked += 1
    return checked


def main():
    require("pdftotext")
    failures = Failures()
    scratch = OUT / "xliff"
    shutil.rmtree(scratch, ignore_errors=True)
    content = scratch / "quang-ngai"
    shutil.copytree(CONTENT, content)
    xlf = scratch / "xlf"

    def export():
        for publication in PUBLICATIONS:
            r = brochure("xliff", "export", content / publication, "--out", xlf)
            failures.check(r.returncode == 0, f"export {publication}: {r.returncode} {r.stderr[:300]}")

    def build(out):
        r = brochure("build", content / "handbook.xml", "--edition", "all", "--no-preview", "--out", out)
        failures.check(r.returncode == 0, f"build: {r.returncode} {r.stderr[-300:]}")
        return digest(out, "*.pdf")

    export()
    units_checked = check_export(failures, xlf, content)
    failures.check(units_checked > 1500, f"only {units_checked} units compared")

    # Unchanged round trip: every XML byte and every print PDF stays as it was.
    before_xml, before_pdf = digest(content, "*.xml"), build(scratch / "before")
    for file in sorted(xlf.glob("*.xlf")):
        r = brochure("xliff", "import", file)
        failures.check(r.returncode == 0 and "0 file(s) changed" in r.stdout, f"import {file.name}: {r.stdout} {r.stderr[:300]}")
    failures.check(digest(content, "*.xml") == before_xml, "importing unchanged XLIFF changed the XML")
    after_pdf = build(scratch / "after")
    failures.check(after_pdf == before_pdf and len(before_pdf) == 12,
                   f"PDFs differ after the round trip ({len(before_pdf)} files, 6 digital and 6 print expected)")

    # One changed target: exactly that <t> changes.
    unit = "economy:p1"
    en_file = xlf / "qn-handbook.vi-en.xlf"
    tree_text = en_file.read_text(encoding="utf-8")
    start = tree_text.index(f'<unit id="{unit}"')
    target_at = tree_text.index("<target>", start) + len("<target>")
    new_words = "Industry is the base of Quảng Ngãi’s economy &amp; its growth."
    changed = tree_text[:target_at] + new_words + tree_text[tree_text.index("</target>", target_at):]
    en_file.write_text(changed, encoding="utf-8")
    economy = content / "handbook" / "02-economy.xml"
    old = economy.read_bytes()
    r = brochure("xliff", "import", en_file)
    failures.check(r.returncode == 0 and "1 translation(s) written" in r.stdout, f"changed import: {r.stdout} {r.stderr[:300]}")
    new = economy.read_bytes()
    others = {k: v for k, v in digest(content, "*.xml").items() if k != economy.relative_to(content)}
    failures.check(others == {k: v for k, v in before_xml.items() if k != economy.relative_to(content)},
                   "a file other than 02-economy.xml changed")
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    old_text = old.decode("utf-8")
    element = content_units(content / "handbook.xml")[unit]
    en_new = t_of(element, "en")  # read from the file as imported
    en_start = old_text.index('<t xml:lang="en"', old_text.index("Quảng Ngãi’s economy is built on industry") - 200)
    en_end = old_text.index("</t>", en_start)
    old_start_byte, old_end_byte = len(old_text[:en_start].encode()), len(old_text[:en_end].encode())
    failures.check(prefix >= old_start_byte and len(old) - suffix <= old_end_byte,
                   f"the change reaches outside the en <t> of {unit}: bytes {prefix}..{len(old) - suffix}, "
                   f"the <t> is {old_start_byte}..{old_end_byte}")
    failures.check(en_new is not None and "".join(en_new.itertext()) == "Industry is the base of Quảng Ngãi’s economy & its growth.",
                   "the new translation is not in the XML")

    # Mismatches are refused, naming the unit, and nothing is written.
    snapshot = digest(content, "*.xml")
    bad = scratch / "bad-unit.xlf"
    bad.write_text(changed.replace(f'<unit id="{unit}"', '<unit id="economy:p99"'), encoding="utf-8")
    r = brochure("xliff", "import", bad)
    failures.check(r.returncode == 1 and "economy:p99" in r.stderr and re.search(r"bad-unit\.xlf:\d+:\d+: error", r.stderr),
                   f"unknown unit: {r.returncode} {r.stderr[:300]}")
    pc = re.search(r'<unit id="([^"]+)"[^>]*>(?:(?!</unit>).)*?<target>[^<]*<pc id="(\d+)"', changed, re.S)
    bad_code = changed[:pc.end(2)] + "7" + changed[pc.end(2):]
    bad.write_text(bad_code, encoding="utf-8")
    r = brochure("xliff", "import", bad)
    failures.check(r.returncode == 1 and pc.group(1) in r.stderr and "inline code" in r.stderr,
                   f"wrong inline code in {pc.group(1)}: {r.returncode} {r.stderr[:300]}")
    failures.check(digest(content, "*.xml") == snapshot, "a refused import wrote something")

    # A changed Vietnamese source: exactly its five translations are outdated.
    text = economy.read_text(encoding="utf-8")
    vi_at = text.index('<t xml:lang="vi">', text.index("<p>", text.index('<section id="economy-growth">')))
    vi_end = text.index("</t>", vi_at)
    economy.write_text(text[:vi_end] + " (cập nhật)" + text[vi_end:], encoding="utf-8")
    changed_unit = next(uid for uid, e in content_units(content / "handbook.xml").items()
                        if t_of(e, "vi") is not None and "(cập nhật)" in "".join(t_of(e, "vi").itertext()))
    r = brochure("status", content / "handbook.xml", "--json")
    failures.check(r.returncode == 0, f"status: {r.returncode} {r.stderr[:300]}")
    status = json.loads(r.stdout)
    outdated = sorted((lang, u["unit"]) for lang, states in status["languages"].items() for u in states["outdated"])
    failures.check(changed_unit.split(":")[1].startswith("p"), f"{changed_unit} is not a paragraph")
    failures.check(outdated == sorted((lang, changed_unit) for lang in TARGETS),
                   f"outdated after changing {changed_unit}: {outdated}")
    failures.check(all(not s["missing"] and not s["unrecorded"] for s in status["languages"].values()),
                   "status reports missing or unrecorded translations in the sample")
    r = brochure("status", content / "handbook.xml")
    failures.check(r.stdout.splitlines()[0].split() == ["language", "missing", "outdated", "current", "unrecorded"],
                   f"status table: {r.stdout[:200]}")
    r = brochure("check", content / "handbook.xml", "--lang", "en")
    failures.check(r.returncode == 0 and re.search(r"02-economy\.xml:\d+:\d+: warning: the en translation of " +
                                                   re.escape(changed_unit) + " is outdated", r.stderr),
                   f"check does not warn about the outdated translation: {r.stderr[:400]}")
    r = brochure("check", content / "handbook.xml", "--lang", "en", "--strict-translations")
    failures.check(r.returncode == 1 and "error: the en translation" in r.stderr, f"--strict-translations: {r.returncode}")
    failures.finish(f"xliff: {units_checked} units of 3 publications × 5 languages")


if __name__ == "__main__":
    main()
