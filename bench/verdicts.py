"""The forgery-level signals on the corpus of real and realistic supplier documents.

Not a test: it prints how many defects each signal catches and how many clean documents
it stops, on the documents of tests/corpus (their ground truth in its manifest), each read
as it is and then altered the ways that get sellers into trouble:

- `highlighted`: a highlight annotation added (a PDF reader's marker);
- `word`: saved again by Microsoft Word (its Producer and Creator);
- `incremental`: saved again with an appended revision;
- `self_issued`: the invoice checked for a seller account that is its own issuer;
- `other_supplier`: the invoice linked to a supplier record of another company;
- the order receipts of the corpus ("sold by" pages of a marketplace) as they are.

A clean document made with an office program (LibreOffice, Word: its Producer or Creator)
is counted apart: the signal is raised on purpose there, with a message that asks to
confirm with the supplier that this is how it issues invoices (checks/tamper.py).

A signal counts when its check warns or fails: either blocks readiness until a reviewer
accepts it with a reason (documents/selectors.signals_of). A clean document counts as
passing when no forgery-level signal is raised on it (the other
checks judge the application, not the paper). Dates are judged as of 30 days after the
invoice's own date, so the figures do not move with the day the bench runs.

    .venv/bin/python bench/verdicts.py [--only TEXT] [--no-ocr]
"""

import argparse
import datetime
import sys
from collections import defaultdict
from dataclasses import replace

from _setup import ROOT, django_in_tempdir

SIGNALS = ("tamper_signals", "arithmetic", "self_issued", "marketplace", "supplier_record")
RECEIPTS = ("sold-by", "vendido-por", "verkauft-von")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="only the files whose name contains this")
    parser.add_argument("--no-ocr", action="store_true", help="leave out scans and photos")
    options = parser.parse_args()
    django_in_tempdir()
    sys.path.insert(0, str(ROOT))
    from documents.engine import check_invoice_file
    from tests.corpus import scoring
    from tests.documents import invoice_samples as samples

    alterations = {
        "highlighted": (samples.highlighted, "tamper_signals"),
        "word": (samples.resaved, "tamper_signals"),
        "incremental": (samples.incrementally_updated, "tamper_signals"),
    }
    caught = defaultdict(lambda: [0, 0])  # kind -> [caught, total]
    clean = [0, 0]  # [passing, total]
    office_made = []  # clean documents made with an office program
    misses = []

    def failing(data, name, reference):
        report = check_invoice_file(data, name=name, reference=reference)
        return {
            code: result.message
            for code, result in report.checks.items()
            if code in SIGNALS and result.status in ("warn", "fail")
        }

    for document in scoring.documents():
        name = document["file"]
        if options.only not in name or (options.no_ocr and scoring.needs_ocr(document)):
            continue
        data = (scoring.CORPUS / name).read_bytes()
        truth = document["truth"]
        issuer = truth["issuer"]
        as_of = datetime.date.fromisoformat(truth["invoice_date"]) + datetime.timedelta(days=30)
        reference = replace(
            scoring.reference_for(document),
            supplier_name=issuer,
            as_of=as_of,
            whole_application=True,
        )
        found = failing(data, name, reference)
        if any(marker in name for marker in RECEIPTS):
            count(caught["marketplace"], "marketplace" in found, misses, name, "marketplace", found)
        elif list(found) == ["tamper_signals"] and "not changed since" in found["tamper_signals"]:
            office_made.append(name)
        else:
            clean[1] += 1
            if found:
                misses.append((name, "clean", "no signal", found))
            else:
                clean[0] += 1
        if name.endswith(".pdf"):
            for kind, (alter, signal) in alterations.items():
                found = failing(alter(data), name, reference)
                count(caught[kind], signal in found, misses, name, kind, found)
        own = replace(reference, business_name=issuer, address="", phone="")
        found = failing(data, name, own)
        count(caught["self_issued"], "self_issued" in found, misses, name, "self_issued", found)
        other = replace(reference, supplier_name="Zenith Wholesale Corporation")
        found = failing(data, name, other)
        count(
            caught["other_supplier"],
            "supplier_record" in found,
            misses,
            name,
            "other_supplier",
            found,
        )

    print(f"{'defect':18}{'caught':>8}{'of':>5}{'share':>8}")
    total = [0, 0]
    for kind, (hits, of) in sorted(caught.items()):
        total[0] += hits
        total[1] += of
        print(f"{kind:18}{hits:8}{of:5}{hits / of:8.0%}")
    print(f"{'all defects':18}{total[0]:8}{total[1]:5}{total[0] / total[1]:8.0%}")
    print(f"{'clean passing':18}{clean[0]:8}{clean[1]:5}{clean[0] / clean[1]:8.0%}")
    print(f"\nMade with an office program, untouched since ({len(office_made)}): a signal")
    print("asking to confirm with the supplier, by design:")
    for name in office_made:
        print(f"  {name}")
    if misses:
        print("\nMisses (file, case, expected, signals that failed):")
        for name, kind, expected, found in misses:
            print(f"  {name}  {kind}  expected {expected}  found {sorted(found) or 'nothing'}")


def count(tally, hit, misses, name, kind, found):
    tally[1] += 1
    if hit:
        tally[0] += 1
    else:
        misses.append((name, kind, kind, found))


if __name__ == "__main__":
    main()
