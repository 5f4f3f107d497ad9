#!/usr/bin/env python3
"""The digital editions are tagged PDF as PDF/UA-1 asks, read back with qpdf's JSON and poppler
(neither is the engine's code):
- the catalog has /MarkInfo /Marked true, /Lang of the edition, DisplayDocTitle, a structure
  tree; the XMP says pdfuaid:part 1 and carries dc:title; Info dates are D: dates; the outline's
  root count is positive;
- every painting or text-showing operator on every page lies in a marked-content sequence that
  is either an /Artifact or has an MCID, and every MCID belongs to exactly one structure
  element, the one the parent tree names for it;
- headings nest without skipped levels (H1 first); every Figure has the alternative text the
  source gives in the edition's language; every Table has TH cells with a /Scope;
- every link annotation has /Contents and a /StructParent leading to a /Link element whose
  kids hold an OBJR for it; pages with annotations tab in structure order (/Tabs /S);
- the structure's text (pdfinfo -struct-text) comes in the order pdftotext -raw reads the
  pages (content order: pdftotext's own layout guesses read a row of key-figure tiles line by
  line across the tiles, where the structure reads tile by tile). poppler 22 needs about a
  minute for the struct text of a handbook, so the handbook is read in one language (Japanese:
  two scripts, two columns); leaflets and flyers in all."""
import base64
import concurrent.futures
import json
import os
import re
import xml.etree.ElementTree as ET

from support import CONTENT, LANGUAGES, PUBLICATIONS, XML_LANG, Failures, _load, pdftotext, require, run, \
    sample_pdf, squash

PAINTING = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "TJ", "Tj", "'", '"', "BI"}
TOKEN = re.compile(rb"""\((?:\\.|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>{}%]*|[^\s/\[\]()<>{}%]+""")


class Pdf:
    """The objects of a PDF as qpdf --json (version 2) gives them, streams decoded."""

    def __init__(self, path):
        result = run(["qpdf", "--json", "--json-stream-data=inline", "--decode-level=generalized", path])
        data = json.loads(result.stdout)
        self.objects = data["qpdf"][1]
        self.trailer = self.objects["trailer"]["value"]
        self.pages = [page["object"] for page in data["pages"]]

    def get(self, value):
        """`value` with a reference resolved."""
        if isinstance(value, str) and re.fullmatch(r"\d+ \d+ R", value):
            entry = self.objects.get(f"obj:{value}", {})
            return entry.get("value", entry.get("stream", {}).get("dict"))
        return value

    def stream(self, ref):
        entry = self.objects[f"obj:{ref}"]["stream"]
        return base64.b64decode(entry.get("data", ""))

    def catalog(self):
        return self.get(self.trailer["/Root"])


def text(value):
    """A PDF text string from qpdf's JSON ("u:…" Unicode, "b:…" hex bytes)."""
    if isinstance(value, str) and value.startswith("u:"):
        return value[2:]
    if isinstance(value, str) and value.startswith("b:"):
        return bytes.fromhex(value[2:]).decode("latin-1")
    return value


def content_mcids(content):
    """MCIDs of a content stream, and painting operators found outside any tagged or artifact
    sequence."""
    mcids, untagged, stack, operands = [], [], [], []
    for token in TOKEN.findall(content):
        word = token.decode("latin-1")
        if word in ("BDC", "BMC"):
            tag = operands[0] if operands else ""
            properties = " ".join(operands[1:])
            found = re.search(r"/MCID (\d+)", properties)
            if found:
                mcids.append(int(found.group(1)))
            stack.append("artifact" if tag == "/Artifact" else ("tagged" if found else "span"))
            operands = []
        elif word == "EMC":
            if stack:
                stack.pop()
            operands = []
        elif re.fullmatch(r"[A-Za-z'\"*]+", word) and not word.startswith("/"):
            if word in PAINTING and not any(s in ("tagged", "artifact") for s in stack):
                untagged.append(word)
            operands = []
        else:
            operands.append(word)
    return mcids, untagged


def source_alts(publication_file, lang):
    """The alternative texts the source gives in `lang`, for every <figure>, <qr>, <chart> and
    <map>; None for a chart or map without <alt>, whose text the engine generates from its data
    or its names (checked by test_charts and test_maps)."""
    alts = []
    for element in _load(CONTENT / publication_file).iter():
        if element.tag in ("figure", "qr", "chart", "map") and element.get("decorative") != "true":
            alt = element.find("alt")
            if alt is None and element.tag in ("chart", "map"):
                alts.append(None)
            for t in ([] if alt is None else alt.findall("t")):
                if t.get(XML_LANG) == lang:
                    alts.append(squash("".join(t.itertext())))
    return alts


def check_edition(failures, pdf_path, publication_file, lang, reading_order):
    name = pdf_path.name
    pdf = Pdf(pdf_path)
    catalog = pdf.catalog()
    check = lambda condition, message: failures.check(condition, f"{name}: {message}")

    check(pdf.get(catalog.get("/MarkInfo", {})).get("/Marked") is True, "no /MarkInfo <</Marked true>>")
    check(text(catalog.get("/Lang")) == lang, f"/Lang is {catalog.get('/Lang')}, not {lang}")
    check(pdf.get(catalog.get("/ViewerPreferences", {})).get("/DisplayDocTitle") is True, "no DisplayDocTitle")
    info = pdf.get(pdf.trailer.get("/Info", {}))
    for key in ("/CreationDate", "/ModDate"):
        check(text(info.get(key, "")).startswith("D:"), f"Info {key} is not a D: date: {info.get(key)}")
    outlines = pdf.get(catalog.get("/Outlines", {}))
    check(outlines and outlines.get("/Count", 0) > 0, f"outline root count {outlines and outlines.get('/Count')}")

    xmp = ET.fromstring(pdf.stream(catalog["/Metadata"]))
    ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/",
          "pdfuaid": "http://www.aiim.org/pdfua/ns/id/"}
    parts = [e.text for e in xmp.iter("{http://www.aiim.org/pdfua/ns/id/}part")]
    check(parts == ["1"], f"XMP pdfuaid:part is {parts}")
    titles = [li.text for li in xmp.findall(".//dc:title/rdf:Alt/rdf:li", ns)]
    check(titles and all(titles) and titles[0] == text(info.get("/Title")), f"XMP dc:title {titles} vs Info title")

    # The structure tree: every element, its MCIDs per page and its annotation references.
    root = pdf.get(catalog["/StructTreeRoot"])
    owner = {}          # (page ref, mcid) -> element ref
    annotation_owner = {}
    order = []          # elements in tree order: (type, ref)

    def walk(ref, page):
        element = pdf.get(ref)
        page = element.get("/Pg", page)
        order.append((element.get("/S"), ref))
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, int):
                check((page, kid) not in owner, f"MCID {kid} on {page} has two elements")
                owner[(page, kid)] = ref
            elif isinstance(kid, str):
                walk(kid, page)
            elif isinstance(kid, dict) and kid.get("/Type") == "/MCR":
                owner[(kid.get("/Pg", page), kid["/MCID"])] = ref
            elif isinstance(kid, dict) and kid.get("/Type") == "/OBJR":
                annotation_owner[kid["/Obj"]] = ref

    for top in root.get("/K", []) if isinstance(root.get("/K"), list) else [root.get("/K")]:
        walk(top, None)
    parent_tree = pdf.get(root["/ParentTree"])
    nums = parent_tree.get("/Nums", [])
    parents = {nums[i]: nums[i + 1] for i in range(0, len(nums), 2)}

    for number, page_ref in enumerate(pdf.pages, 1):
        page = pdf.get(page_ref)
        contents = page.get("/Contents")
        refs = contents if isinstance(contents, list) else [contents]
        stream = b"\n".join(pdf.stream(r) for r in refs)
        mcids, untagged = content_mcids(stream)
        check(not untagged, f"page {number}: {len(untagged)} painting operators outside tagged content or artifacts "
                            f"({' '.join(untagged[:5])})")
        check(len(mcids) == len(set(mcids)), f"page {number}: an MCID used twice")
        key = page.get("/StructParents")
        mapped = pdf.get(parents.get(key)) if key is not None else None
        for mcid in mcids:
            element = owner.get((page_ref, mcid))
            if not check(element is not None, f"page {number}: MCID {mcid} belongs to no structure element"):
                continue
            check(mapped is not None and mcid < len(mapped) and mapped[mcid] == element,
                  f"page {number}: the parent tree does not lead MCID {mcid} to its element")
        annotations = page.get("/Annots", [])
        if annotations:
            check(page.get("/Tabs") == "/S", f"page {number}: annotations but no /Tabs /S")
        for ref in annotations:
            annotation = pdf.get(ref)
            if annotation.get("/Subtype") != "/Link":
                continue
            check(bool(text(annotation.get("/Contents", ""))), f"page {number}: a link without /Contents")
            element = parents.get(annotation.get("/StructParent"))
            check(element is not None and pdf.get(element).get("/S") == "/Link" and annotation_owner.get(ref) == element,
                  f"page {number}: link annotation {ref} has no /Link parent holding its OBJR")

    levels = [int(s[2]) for s, _ in order if s in ("/H1", "/H2", "/H3")]
    previous = 0
    for level in levels:
        check(level <= previous + 1, f"heading levels {levels[:12]}…: H{level} after H{previous}")
        previous = level
    figures = [pdf.get(ref) for s, ref in order if s == "/Figure"]
    alts = sorted(squash(text(f.get("/Alt", ""))) for f in figures)
    expected = source_alts(publication_file, lang)
    given = sorted(a for a in expected if a is not None)
    generated = [a for a in alts if a not in given]
    check(sorted(a for a in alts if a in given) == given and len(generated) == expected.count(None) and all(alts),
          f"figure alternative texts {[a[:30] for a in alts]} are not the source's in {lang} "
          f"(and {expected.count(None)} generated for charts and maps)")
    for s, ref in order:
        if s == "/Table":
            def cells(r):
                element = pdf.get(r)
                kids = element.get("/K", [])
                for kid in kids if isinstance(kids, list) else [kids]:
                    if isinstance(kid, str):
                        yield pdf.get(kid)
                        yield from cells(kid)
            headers = [c for c in cells(ref) if c.get("/S") == "/TH"]
            check(headers and all(pdf.get(c.get("/A", {})).get("/Scope") for c in headers),
                  f"table {ref} has no TH cells with a /Scope")

    # Reading order: the structure's strings appear in pdftotext's text in the same order.
    if not reading_order:
        return
    struct_text = run(["pdfinfo", "-struct-text", pdf_path]).stdout
    # The hyphen of a dictionary break is a Span whose ActualText is U+00AD: pdftotext reads the
    # soft hyphen, pdfinfo -struct-text the glyph's "-" as a string of its own. Neither is text.
    strings = [comparable(s) for s in re.findall(r'^\s*"(.*)"$', struct_text, re.M) if s != "-"]
    page_text = comparable(pdftotext(pdf_path, raw=True)).replace("\u00ad", "")
    position = 0
    for string in filter(None, strings):
        found = page_text.find(string, position)
        if not check(found >= 0, f"structure text {string[:40]!r} not found after position {position} of "
                                 f"pdftotext's text (reading order differs)"):
            break
        position = found + len(string)


def comparable(s):
    """Without white space; the Japanese fullwidth tilde as the wave dash, one glyph in Noto CJK
    JP: its ActualText gives the source's character, which pdftotext -raw does not read."""
    return squash(s).replace("\u301c", "\uff5e")


def main():
    require("qpdf", "pdfinfo", "pdftotext")
    failures = Failures()
    # poppler's -struct-text reads a page once per marked-content item (about a minute of CPU for
    # a handbook): the editions are checked side by side, one per core, so this test, the longest
    # of the suite, does not run on one core alone after the others have finished.
    editions = [(sample_pdf(publication, lang, "digital"), file, lang)
                for publication, file in PUBLICATIONS.items() for lang in LANGUAGES]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for done in [pool.submit(check_edition, failures, pdf, file, lang, True) for pdf, file, lang in editions]:
            done.result()
    failures.finish("digital_tagged")


if __name__ == "__main__":
    main()
