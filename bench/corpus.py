"""The reader on the corpus of real and realistic supplier documents (tests/corpus).

Not a test: it prints, per language and per generator, the number of documents, the share
right on the invoice date, the invoice number, the issuer and the bill-to's name, and the
slowest file; then each miss (file, field, expected, found), so that an engineer can tune
the reader on them.
tests/documents/test_corpus.py holds the floors these figures may not fall under.

    .venv/bin/python bench/corpus.py [--only TEXT]
"""

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADINGS = ("date", "number", "issuer", "bill-to")


def row(name, readings, scoring):
    slowest = max(readings, key=lambda reading: reading.seconds)
    shares = "".join(f"{scoring.share(readings, field):8.0%}" for field in scoring.FIELDS)
    return f"  {name:22}{len(readings):5}{shares}{slowest.seconds:9.2f} s  {slowest.file}"


def table(title, groups, scoring):
    print(f"{title:24}{'docs':>5}" + "".join(f"{heading:>8}" for heading in HEADINGS) + "  slowest")
    for name in sorted(groups):
        print(row(name, groups[name], scoring))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="read only the files whose name holds TEXT")
    only = parser.parse_args().only

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ungating.settings")
    import django

    django.setup()
    from tests.corpus import scoring

    readings = []
    for document in scoring.documents():
        if only in document["file"]:
            readings.append(scoring.read(document))
    if not readings:
        sys.exit(f"no corpus file holds {only!r}")
    by_language, by_generator = defaultdict(list), defaultdict(list)
    for reading in readings:
        by_language[reading.document["language"]].append(reading)
        by_generator[reading.document["generator"]].append(reading)

    print(f"Corpus: {len(readings)} documents, {os.cpu_count()} CPUs (tests/corpus/manifest.json)")
    table("per language", by_language, scoring)
    table("per generator", by_generator, scoring)
    print(row("all", readings, scoring))
    unreadable = [reading for reading in readings if reading.readable == "fail"]
    for reading in unreadable:
        print(f"  readable: fail  {reading.file}: {reading.readable_message}")

    misses = [miss for reading in readings for miss in reading.misses]
    print(f"\nMisses ({len(misses)}): file, field, expected, found")
    for miss in sorted(misses, key=lambda miss: (miss.field, miss.file)):
        print(f"  {miss.file:52} {miss.field:15} {miss.expected!r:38} {miss.found!r}")


if __name__ == "__main__":
    main()
