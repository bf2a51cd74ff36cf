"""Reads the corpus documents with the engine and scores the fields against the manifest:
the invoice date, the invoice number, the issuer and the bill-to's name.

Shared by tests/documents/test_corpus.py (the floors) and bench/corpus.py (the figures and
the misses an engineer tunes on). Only the extracted fields and the readable check are
scored, never the verdict: the date-window checks compare with today (conventions, Tests).
"""

import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from documents.engine import Reference, check_invoice_file

CORPUS = Path(__file__).resolve().parent
MANIFEST = CORPUS / "manifest.json"
FIELDS = ("invoice_date", "invoice_number", "issuer", "bill_to_name")
# rapidfuzz ratio, 0-100, after normalising: the issuer's and the bill-to's names.
NAME_SCORE = 90
# Images and image-only PDFs: the engine reads them with tesseract.
OCR_GENERATORS = ("scan", "photo")


def documents():
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["documents"]


def needs_ocr(document):
    return document["generator"] in OCR_GENERATORS


def reference_for(document):
    """The seller account the document is billed to, as Seller Central would hold it."""
    bill_to = document["truth"]["bill_to"]
    return Reference(
        business_name=bill_to["name"],
        address=bill_to["address"],
        phone=bill_to["phone"],
        country=bill_to["country"] or "US",
        locale=document["language"],
    )


@dataclass
class Miss:
    file: str
    field: str
    expected: object
    found: object


@dataclass
class Reading:
    document: dict
    seconds: float
    readable: str
    readable_message: str
    found: dict
    misses: list = field(default_factory=list)

    @property
    def file(self):
        return self.document["file"]

    def right(self, name):
        return not any(miss.field == name for miss in self.misses)


def read(document):
    data = (CORPUS / document["file"]).read_bytes()
    started = time.perf_counter()
    report = check_invoice_file(data, name=document["file"], reference=reference_for(document))
    seconds = time.perf_counter() - started
    extracted = report.extracted
    found = {
        "invoice_date": extracted["invoice_date"],
        "invoice_number": extracted["invoice_number"],
        "issuer": (extracted["supplier"] or {}).get("name"),
        "bill_to_name": (extracted["bill_to"] or {}).get("name"),
    }
    readable = report.checks["readable"]
    reading = Reading(document, seconds, readable.status, readable.message, found)
    reading.misses = misses(document, found)
    return reading


def misses(document, found):
    truth = document["truth"]
    wrong = []
    if found["invoice_date"] != truth["invoice_date"]:
        wrong.append(
            Miss(document["file"], "invoice_date", truth["invoice_date"], found["invoice_date"])
        )
    if not same_number(truth["invoice_number"], found["invoice_number"]):
        wrong.append(
            Miss(
                document["file"], "invoice_number", truth["invoice_number"], found["invoice_number"]
            )
        )
    names = [truth["issuer"], *truth.get("issuer_aliases", [])]
    if not any(same_name(name, found["issuer"]) for name in names):
        wrong.append(Miss(document["file"], "issuer", truth["issuer"], found["issuer"]))
    bill_to = truth["bill_to"]["name"]
    if not same_name(bill_to, found["bill_to_name"]):
        wrong.append(Miss(document["file"], "bill_to_name", bill_to, found["bill_to_name"]))
    return wrong


def normalised(text):
    """Case, accents, punctuation and runs of whitespace do not count."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(character for character in text if not unicodedata.combining(character))
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.casefold()).split())


def same_number(expected, found):
    # "VDB26-00417" and "VDB26 00417" are the same number; "118/2026" is not "FT 118/2026".
    return bool(found) and normalised(expected).replace(" ", "") == normalised(found).replace(
        " ", ""
    )


def same_name(expected, found):
    return bool(found) and fuzz.ratio(normalised(expected), normalised(found)) >= NAME_SCORE


def share(readings, name):
    """The share (0-1) of `readings` whose field `name` is right."""
    if not readings:
        return 0.0
    return sum(reading.right(name) for reading in readings) / len(readings)
