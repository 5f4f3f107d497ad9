"""XLIFF 2.0 core, checked structurally from the specification (OASIS XLIFF Version 2.0,
05 August 2014, §4 "The Core Specification"), for the tests: the OASIS XSD cannot be
shipped here, so the constraints the exported files rely on are written out from the prose.
Each check names the section it comes from. Python's xml.etree does the reading."""
import re
import xml.etree.ElementTree as ET

NS = "urn:oasis:names:tc:xliff:document:2.0"
X = "{%s}" % NS
XML_NS = "{http://www.w3.org/XML/1998/namespace}"
NMTOKEN = re.compile(r"^[A-Za-z0-9._:\-\u00b7\u00c0-\uffff]+$")
STATES = {"initial", "translated", "reviewed", "final"}                      # §4.3.1.24 state
TYPES = {"fmt", "ui", "quote", "link", "image", "other"}                     # §4.3.1.37 type
XLF_SUBTYPES = {"xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui"}
UNIT_ORDER = ["notes", "originalData", "segment"]                           # §4.2.2.3 unit content


def check(path):
    """Problems found in one XLIFF file (an empty list when it conforms to what we check)."""
    problems = []
    root = ET.parse(path).getroot()
    if root.tag != X + "xliff":
        return [f"root is {root.tag}, not <xliff> in {NS} (§4.2.2.1)"]
    if root.get("version") != "2.0":
        problems.append("<xliff> version must be 2.0 (§4.2.2.1)")
    if not root.get("srcLang"):
        problems.append("<xliff> needs srcLang (§4.2.2.1)")
    files = [c for c in root if c.tag == X + "file"]
    if not files or len(files) != len([c for c in root if c.tag.startswith(X)]):
        problems.append("<xliff> holds one or more <file> and nothing else of the core (§4.2.2.1)")
    file_ids = [f.get("id") for f in files]
    if len(set(file_ids)) != len(file_ids) or not all(i and NMTOKEN.match(i) for i in file_ids):
        problems.append(f"<file> ids must be unique NMTOKENs (§4.2.2.2): {file_ids}")
    for f in files:
        unit_ids = []
        for unit in f:
            if unit.tag != X + "unit":
                if unit.tag.startswith(X) and unit.tag not in (X + "notes", X + "skeleton", X + "group"):
                    problems.append(f"<file> cannot hold {unit.tag} (§4.2.2.2)")
                continue
            problems += check_unit(unit, root.get("trgLang"))
            unit_ids.append(unit.get("id"))
        if len(set(unit_ids)) != len(unit_ids):
            problems.append(f"file {f.get('id')}: unit ids are not unique (§4.2.2.3)")
    return problems


def check_unit(unit, target_language):
    problems = []
    uid = unit.get("id")
    where = f"unit {uid}"
    if not uid or not NMTOKEN.match(uid):
        problems.append(f"{where}: id must be an NMTOKEN (§4.2.2.3)")
    order = [c.tag[len(X):] for c in unit if c.tag.startswith(X)]
    ranks = [UNIT_ORDER.index(t) if t in UNIT_ORDER else -1 for t in order]
    if -1 in ranks or ranks != sorted(ranks) or "segment" not in order or order.count("notes") > 1 or order.count("originalData") > 1:
        problems.append(f"{where}: children must be notes?, originalData?, segment+ in that order (§4.2.2.3): {order}")
    data = {}
    od = unit.find(X + "originalData")
    if od is not None:
        if len(od) == 0:
            problems.append(f"{where}: <originalData> must hold at least one <data> (§4.7.2.1)")
        for d in od:
            if d.tag != X + "data" or not d.get("id") or d.get("id") in data:
                problems.append(f"{where}: <originalData> holds <data> with unique ids (§4.7.2.1-2)")
            data[d.get("id")] = d.text or ""
    for segment in unit.findall(X + "segment"):
        state = segment.get("state", "initial")
        if state not in STATES:
            problems.append(f"{where}: state {state!r} (§4.3.1.24)")
        source, target = segment.find(X + "source"), segment.find(X + "target")
        if source is None:
            problems.append(f"{where}: a <segment> needs a <source> (§4.2.2.6)")
            continue
        if state != "initial" and target is None:
            problems.append(f"{where}: state {state} needs a <target> (§4.3.1.24)")
        if target is not None and target_language is None:
            problems.append(f"{where}: a <target> needs trgLang on <xliff> (§4.2.2.1)")
        source_codes = codes(source, data, where, problems)
        if target is not None:
            target_codes = codes(target, data, where, problems)
            for code_id, kind in target_codes.items():
                if code_id in source_codes and source_codes[code_id] != kind:
                    problems.append(f"{where}: code {code_id} is <{kind}> in the target but <{source_codes[code_id]}> "
                                    "in the source (§4.7.3 corresponding codes)")
    return problems


def codes(element, data, where, problems):
    """id → element kind of every code in a <source> or <target>, checking each (§4.3.2)."""
    found = {}
    for e in element.iter():
        if e is element:
            continue
        kind = e.tag[len(X):]
        if kind not in ("pc", "ph", "sc", "ec", "cp", "mrk", "sm", "em"):
            problems.append(f"{where}: <{kind}> is not an inline element (§4.3.2)")
            continue
        if kind in ("pc", "ph"):
            cid = e.get("id")
            if not cid or cid in found:
                problems.append(f"{where}: <{kind}> needs an id unique in its content (§4.3.1.16)")
            found[cid] = kind
            refs = ["dataRef"] if kind == "ph" else ["dataRefStart", "dataRefEnd"]
            for ref in refs:
                if e.get(ref) is not None and e.get(ref) not in data:
                    problems.append(f"{where}: {ref}={e.get(ref)!r} names no <data> (§4.3.1.12)")
            if kind == "ph" and len(e):
                problems.append(f"{where}: <ph> is empty (§4.3.2.3)")
            t, sub = e.get("type"), e.get("subType")
            if t is not None and t not in TYPES:
                problems.append(f"{where}: type {t!r} (§4.3.1.37)")
            if sub is not None:
                if t is None:
                    problems.append(f"{where}: subType needs type (§4.3.1.36)")
                if sub.startswith("xlf:") and XLF_SUBTYPES.get(sub) != t:
                    problems.append(f"{where}: subType {sub} needs type {XLF_SUBTYPES.get(sub)} (§4.3.1.36)")
    return found


def segments(path):
    """unit id → (source text, target text or None, [code markup of the source], [of the target]):
    an independent reading of the exported file, text with the codes' content kept."""
    root = ET.parse(path).getroot()
    out = {}
    for unit in root.iter(X + "unit"):
        data = {d.get("id"): d.text or "" for d in unit.iter(X + "data")}
        segment = unit.find(X + "segment")
        source, target = segment.find(X + "source"), segment.find(X + "target")
        out[unit.get("id")] = (text(source, data), text(target, data) if target is not None else None,
                               markup(source, data), markup(target, data) if target is not None else [])
    return out


def text(element, data):
    """The characters of a <source> or <target>; a <ph> stands as "\\0" when its original data
    is a line break and as "\\1" otherwise (a figure), so texts compare with their codes' places."""
    def walk(e):
        yield e.text or ""
        for child in e:
            if child.tag == X + "ph":
                yield "\0" if data.get(child.get("dataRef"), "").startswith("<br") else "\1"
            else:
                yield "".join(walk(child))
            yield child.tail or ""
    return "".join(walk(element))


def markup(element, data):
    found = []
    for e in element.iter():
        if e.tag == X + "pc":
            found.append(data[e.get("dataRefStart")])
        elif e.tag == X + "ph":
            found.append(data[e.get("dataRef")])
    return found
