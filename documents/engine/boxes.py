"""Where the evidence stands on the pages, for the highlighted copy in the packet.

One box per line of evidence: the ASINs, the bill-to block, the supplier's details, the
invoice date and number (issue 9: "Keep the word boxes ... the packets issue draws
highlights from them").
"""

from . import matching


def evidence_boxes(invoice):
    fields = invoice.fields
    boxes = []
    boxes += _boxes("bill_to", fields.bill_to.evidence)
    boxes += _boxes("supplier", fields.supplier.evidence)
    if fields.date and fields.date.line is not None:
        line = fields.date.line
        start = line.text.find(fields.date.text)
        if start >= 0:
            boxes += _boxes("invoice_date", line.words_within(start, start + len(fields.date.text)))
    boxes += _boxes("invoice_number", fields.invoice_number_words)
    boxes += _boxes("asin", _asin_words(invoice))
    # The frame of each box's page, so a page can outline it over a picture of any size;
    # a page OCR turned upright keeps its boxes in the turned frame (issue 19).
    pages = {page["number"]: page for page in invoice.facts.get("pages", [])}
    for box in boxes:
        page = pages.get(box["page"], {})
        box["page_width"] = round(float(page.get("width") or 0), 2)
        box["page_height"] = round(float(page.get("height") or 0), 2)
        box["page_rotation"] = page.get("rotation", 0)
    return boxes


def _asin_words(invoice):
    wanted = invoice.reference.asins
    tolerant = invoice.read_by_ocr
    words = []
    for line in invoice.lines:
        for word in line.words:
            if wanted:
                if any(matching.find_asin(asin, word.text, tolerant=tolerant) for asin in wanted):
                    words.append(word)
            elif matching.ASIN.search(word.text):
                words.append(word)
    return words


def _boxes(kind, words):
    """Merge the words of one kind into one box per page line."""
    rows = {}
    for word in words:
        key = (word.page, round((word.y0 + word.y1) / 2 / max(word.height, 1)))
        rows.setdefault(key, []).append(word)
    boxes = []
    for (page, _row), row_words in sorted(rows.items()):
        boxes.append(
            {
                "page": page,
                "x0": round(min(w.x0 for w in row_words), 2),
                "y0": round(min(w.y0 for w in row_words), 2),
                "x1": round(max(w.x1 for w in row_words), 2),
                "y1": round(max(w.y1 for w in row_words), 2),
                "kind": kind,
                "text": " ".join(w.text for w in sorted(row_words, key=lambda w: w.x0)),
            }
        )
    return boxes
