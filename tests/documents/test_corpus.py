"""The reader on real and realistic supplier documents (tests/corpus; issue 14, point 3).

Each document of the corpus is read once per session. Every file must be read in time and
not end `readable: fail` unless its manifest entry says so; and the share of documents whose
invoice date, invoice number, issuer and bill-to's name are right must not fall under the
floors below.
Only extracted fields are scored, never the verdict: the date checks compare with today.

    pytest -m corpus            # these tests only
    .venv/bin/python bench/corpus.py   # the figures per language and generator, and the misses
"""

from pathlib import Path

import pytest

from tests.corpus import scoring

pytestmark = pytest.mark.corpus

# Measured on the corpus as it stands, rounded down to the percent (issue 14 wants 95 on
# each). Raise a floor when the reader gets better; never lower one to let a change through.
FLOORS = {"invoice_date": 95, "invoice_number": 95, "issuer": 100, "bill_to_name": 97}
# Issue 14: no document over 30 s.
SECONDS = 30
LANGUAGES = {"en", "fr", "de", "es", "it", "nl"}

DOCUMENTS = scoring.documents()


def _param(document):
    # Scans and photos go through tesseract: skipped where it is missing (tests/switches.py).
    marks = [pytest.mark.ocr] if scoring.needs_ocr(document) else []
    return pytest.param(document, id=document["file"], marks=marks)


@pytest.fixture(scope="session")
def readings():
    """file name -> Reading, filled as the tests ask, so each document is read once."""
    return {}


def _read(readings, document):
    if document["file"] not in readings:
        readings[document["file"]] = scoring.read(document)
    return readings[document["file"]]


@pytest.mark.parametrize("document", [_param(document) for document in DOCUMENTS])
def test_corpus_document_is_read_in_time_and_not_refused(document, readings):
    reading = _read(readings, document)

    assert reading.seconds < SECONDS, f"{document['file']} took {reading.seconds:.1f} s"
    if document["expect_readable"] == "fail":
        assert reading.readable == "fail", f"{document['file']} was read: {document['source']}"
    else:
        assert reading.readable != "fail", f"{document['file']}: {reading.readable_message}"


@pytest.mark.ocr
@pytest.mark.parametrize("field", scoring.FIELDS)
def test_corpus_share_of_documents_with_the_field_right(field, readings):
    every = [_read(readings, document) for document in DOCUMENTS]

    right = scoring.share(every, field) * 100
    misses = [miss for reading in every for miss in reading.misses if miss.field == field]
    listed = "\n".join(
        f"  {miss.file}: expected {miss.expected!r}, found {miss.found!r}" for miss in misses
    )
    assert right >= FLOORS[field], f"{field} right on {right:.1f} % < {FLOORS[field]} %:\n{listed}"


def test_every_corpus_file_has_its_ground_truth_and_source():
    folder = scoring.CORPUS
    on_disk = {path.name for path in folder.iterdir() if path.suffix in (".pdf", ".png", ".jpg")}
    listed = [document["file"] for document in DOCUMENTS]

    assert sorted(listed) == sorted(on_disk)
    assert len(set(listed)) == len(listed)
    for document in DOCUMENTS:
        language, generator = document["language"], document["generator"]
        assert language in LANGUAGES
        assert Path(document["file"]).name.startswith(f"{language}-{generator}-"), document["file"]
        assert document["source"] and document["licence"], document["file"]
        truth = document["truth"]
        assert truth["invoice_date"] and truth["invoice_number"] and truth["issuer"], document[
            "file"
        ]
        assert truth["bill_to"]["name"], document["file"]


def test_corpus_spans_the_six_languages_and_eight_generators():
    per_language = {language: 0 for language in LANGUAGES}
    for document in DOCUMENTS:
        per_language[document["language"]] += 1

    assert len(DOCUMENTS) >= 40
    assert min(per_language.values()) >= 5, per_language
    assert len({document["generator"] for document in DOCUMENTS}) >= 8
