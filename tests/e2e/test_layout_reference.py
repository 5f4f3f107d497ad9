#!/usr/bin/env python3
"""docs/layout-reference.md documents every element and attribute of layouts/schema/layout.rng,
so the reference cannot drift from the schema:
- its generated part is exactly what docs/layout_reference.py writes from the schema now;
- read independently here (each <element> of the schema with the attributes it holds directly or
  through attribute-only definitions), every element has a section and every attribute a row
  in it, with a unit or values and, when optional, a default;
- the hand-written part keeps its walk-through for a designer's first hour.
Run from the repository root."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from support import Failures

SCHEMA = "layouts/schema/layout.rng"
REFERENCE = "docs/layout-reference.md"
RNG = "{http://relaxng.org/ns/structure/1.0}"


def schema_elements():
    """{element name: {attribute names}} read from the schema, refs followed until the next element."""
    root = ET.parse(SCHEMA).getroot()
    defines = {d.get("name"): d for d in root.iter(RNG + "define")}
    found = {}

    def attributes(node, into, seen):
        for child in node:
            if child.tag == RNG + "element":
                continue
            if child.tag == RNG + "attribute":
                into.add(child.get("name"))
            elif child.tag == RNG + "ref" and child.get("name") not in seen:
                attributes(defines[child.get("name")], into, seen | {child.get("name")})
            else:
                attributes(child, into, seen)

    for element in root.iter(RNG + "element"):
        names = set()
        attributes(element, names, set())
        found.setdefault(element.get("name"), []).append(names)
    return found


def reference_sections(text):
    """{element name: [(rows: {attribute: cells})]} from the reference's ### sections."""
    sections = {}
    for part in re.split(r"^### ", text, flags=re.M)[1:]:
        heading = part.splitlines()[0]
        m = re.match(r"`<([\w-]+)>`", heading)
        if not m:
            continue
        rows = {}
        for line in part.splitlines():
            cells = [c.strip() for c in line.split("|")]
            if len(cells) >= 8 and cells[1].startswith("`") and cells[1] != "Attribute":
                rows[cells[1].strip("`")] = cells
        sections.setdefault(m.group(1), []).append(rows)
    return sections


def main():
    failures = Failures()
    check = subprocess.run([sys.executable, "docs/layout_reference.py", "--check"], capture_output=True, text=True)
    failures.check(check.returncode == 0, f"the reference is out of date: {check.stdout}{check.stderr}")
    text = open(REFERENCE, encoding="utf-8").read()
    for step in ("Derive a layout", "Change a swatch", "Change the body size", "Change a master's artwork",
                 "Add a label", "bilingual edition"):
        failures.check(step in text, f"the first-hour walk-through lacks the step {step!r}")
    sections = reference_sections(text)
    elements = schema_elements()
    failures.check(len(elements) >= 35, f"only {len(elements)} elements read from the schema")
    attributes_checked = 0
    for name, definitions in elements.items():
        if not failures.check(name in sections, f"<{name}> has no section in {REFERENCE}"):
            continue
        for names in definitions:
            # The section of this definition: the one whose rows cover the most of its attributes.
            rows = max(sections[name], key=lambda r: len(names & set(r)))
            for attribute in sorted(names):
                attributes_checked += 1
                if not failures.check(attribute in rows, f"<{name}> {attribute}= is not in the reference"):
                    continue
                cells = rows[attribute]
                required, default, unit = cells[2], cells[3], cells[4]
                failures.check(unit != "", f"<{name}> {attribute}= has no unit or values in the reference")
                if required == "no":
                    failures.check(default not in ("", "—"), f"<{name}> {attribute}= is optional and has no default")
    failures.check(attributes_checked >= 190, f"only {attributes_checked} attributes checked")
    print(f"{len(elements)} elements, {attributes_checked} attributes of the schema are in the reference")
    failures.finish("layout reference")
    return 0


if __name__ == "__main__":
    sys.exit(main())
