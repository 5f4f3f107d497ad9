#!/usr/bin/env python3
"""PDF/X-4 markers of every sample print PDF in every language, read by qpdf and poppler: the
header says %PDF-1.6; the Info dictionary has /GTS_PDFXVersion (PDF/X-4) and /Trapped /False;
the XMP packet has pdfxid:GTS_PDFXVersion; the catalogue's OutputIntent is /GTS_PDFX with the
layout's output condition and, as DestOutputProfile, the layout's CMYK profile byte for byte
(/N 4); and nothing anywhere is /DeviceRGB once qpdf has decompressed every stream.
(qpdf --check and pdffonts' emb/sub/uni of the same files are test_pdf_structure's.)"""
import base64
import json
import re
import shutil
import xml.etree.ElementTree as ET

from support import (OUT, CONTENT, LANGUAGES, PUBLICATIONS, Failures, PrintGeometry, require, run,
                     sample_pdf)

PDFX = "PDF/X-4"
XMP_NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "pdfxid": "http://www.npes.org/pdfx/ns/id/"}


class QpdfObjects:
    """The objects of a PDF through qpdf --json (version 2), with references followed."""

    def __init__(self, pdf):
        result = run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                      "--decode-level=generalized", pdf])
        if result.returncode != 0:
            raise RuntimeError(f"qpdf --json {pdf}: {result.stderr}")
        self.objects = json.loads(result.stdout)["qpdf"][1]

    def get(self, value):
        while isinstance(value, str) and re.fullmatch(r"\d+ \d+ R", value):
            entry = self.objects["obj:" + value]
            value = entry.get("value", entry.get("stream"))
        return value

    def trailer(self):
        return self.get(self.objects["trailer"]["value"])

    def stream(self, value):
        """(dictionary, decoded bytes) of a stream."""
        stream = self.get(value)
        return stream["dict"], base64.b64decode(stream.get("data", ""))


def text(value):
    """A PDF string as qpdf's JSON writes it: u:… (Unicode) or b:… (bytes in hex)."""
    if isinstance(value, str) and value.startswith("u:"):
        return value[2:]
    if isinstance(value, str) and value.startswith("b:"):
        return bytes.fromhex(value[2:]).decode("latin-1")
    return value


def xmp_pdfx_version(packet):
    body = packet.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0]
    for description in ET.fromstring(body).iter(f"{{{XMP_NS['rdf']}}}Description"):
        element = description.find("pdfxid:GTS_PDFXVersion", XMP_NS)
        if element is not None:
            return element.text
        attribute = description.get(f"{{{XMP_NS['pdfxid']}}}GTS_PDFXVersion")
        if attribute is not None:
            return attribute
    return None


def check(failures, pdf, geometry, scratch):
    name = pdf.name
    failures.check(pdf.read_bytes()[:8] == b"%PDF-1.6", f"{name}: header {pdf.read_bytes()[:8]!r}, not %PDF-1.6")
    failures.check(re.search(r"^PDF subtype:\s+PDF/X-4$", run(["pdfinfo", pdf]).stdout, re.M) is not None,
                   f"{name}: pdfinfo does not see a PDF/X-4 file")

    pdf_objects = QpdfObjects(pdf)
    trailer = pdf_objects.trailer()
    info = pdf_objects.get(trailer.get("/Info", {}))
    failures.check(text(info.get("/GTS_PDFXVersion")) == PDFX, f"{name}: Info /GTS_PDFXVersion {info.get('/GTS_PDFXVersion')}")
    failures.check(info.get("/Trapped") == "/False", f"{name}: Info /Trapped {info.get('/Trapped')}, not /False")

    root = pdf_objects.get(trailer["/Root"])
    if failures.check("/Metadata" in root, f"{name}: no XMP metadata in the catalogue"):
        _, packet = pdf_objects.stream(root["/Metadata"])
        failures.check(xmp_pdfx_version(packet) == PDFX, f"{name}: XMP pdfxid:GTS_PDFXVersion {xmp_pdfx_version(packet)}")

    intents = [pdf_objects.get(i) for i in pdf_objects.get(root.get("/OutputIntents", []))]
    pdfx = [i for i in intents if i.get("/S") == "/GTS_PDFX"]
    if failures.check(len(pdfx) == 1, f"{name}: {len(pdfx)} /GTS_PDFX output intents"):
        intent = pdfx[0]
        condition = geometry.output_condition
        failures.check(text(intent.get("/OutputConditionIdentifier")) == condition,
                       f"{name}: OutputConditionIdentifier {intent.get('/OutputConditionIdentifier')}, layout says {condition}")
        if failures.check("/DestOutputProfile" in intent, f"{name}: output intent without DestOutputProfile"):
            profile_dict, profile = pdf_objects.stream(intent["/DestOutputProfile"])
            failures.check(profile_dict.get("/N") == 4, f"{name}: DestOutputProfile /N {profile_dict.get('/N')}")
            failures.check(profile[16:20] == b"CMYK", f"{name}: DestOutputProfile colour space {profile[16:20]!r}")
            failures.check(profile == geometry.output_profile.read_bytes(),
                           f"{name}: DestOutputProfile is not {geometry.output_profile.name}, the layout's profile")

    qdf = scratch / (pdf.stem + ".qdf.pdf")
    result = run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf])
    if failures.check(result.returncode == 0, f"{name}: qpdf --qdf: {result.stderr[-300:]}"):
        failures.check(b"/DeviceRGB" not in qdf.read_bytes(), f"{name}: /DeviceRGB in the decompressed file")
        qdf.unlink()


def main():
    require("qpdf", "pdfinfo")
    failures = Failures()
    scratch = OUT / "print_pdfx"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for publication, file in PUBLICATIONS.items():
        geometry = PrintGeometry(CONTENT / file)
        for lang in LANGUAGES:
            check(failures, sample_pdf(publication, lang, "print"), geometry, scratch)
    failures.finish("print_pdfx")


if __name__ == "__main__":
    main()
