"""From word boxes to lines of text, the same way for a PDF's text layer and for OCR.

Words are grouped into lines by position, after correcting the slight skew of a scan, and a
wide horizontal gap starts a new segment: invoices put details in columns (bill-to on the
left, ship-to on the right), and the fields are read per column.

Lines that belong to the page rather than to the invoice (a footer with the page number, a
letterhead printed again on every page) are marked as page furniture, so that a product
table read across pages does not take them for rows.
"""

import re
import statistics
from dataclasses import dataclass, field
from functools import cached_property

# A gap wider than this many word heights separates two columns.
_COLUMN_GAP = 1.1
COLUMN_SEPARATOR = "   "
# A vertical gap taller than this many text heights is a blank line: the block above ends.
# Lines of one paragraph are about 0.4 heights apart, a heading's margin under 1.
_BLANK_GAP = 1.6
# "Page 1 of 2", "Page 1/2", "Seite 1 von 2", "Página 1 de 2", "Pagina 1 di 2", "Pagina 1 van
# 2", "Page 1 sur 2": the page number with the page count, in the six languages.
PAGE_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:page|pg\.?|p\.|seite|blatt|p[áa]gina|p[áa]g\.|pag\.|blad|folio)\s*"
    r"(\d{1,4})\s*(?:/|of|sur|von|de|di|van|uit)\s*(\d{1,4})(?!\d)",
    re.I,
)
# Running headers and footers sit in the top or bottom part of the page.
_MARGIN_SHARE = 0.15


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    page: int
    confidence: float = 100.0

    @property
    def height(self):
        return self.y1 - self.y0


@dataclass
class Segment:
    words: list

    # A line's words do not change once it is built; its text is read many times over.
    @cached_property
    def text(self):
        return " ".join(word.text for word in self.words)

    @property
    def x0(self):
        return self.words[0].x0

    @property
    def x1(self):
        return self.words[-1].x1

    @property
    def y0(self):
        return min(word.y0 for word in self.words)

    @property
    def y1(self):
        return max(word.y1 for word in self.words)

    @property
    def height(self):
        return statistics.median(word.height for word in self.words)


@dataclass
class Line:
    page: int
    words: list
    segments: list = field(default_factory=list)
    # Printed on the page, not part of the invoice's content: see `mark_page_furniture`.
    furniture: bool = False

    @cached_property
    def text(self):
        return COLUMN_SEPARATOR.join(segment.text for segment in self.segments)

    @property
    def y0(self):
        return min(word.y0 for word in self.words)

    @property
    def y1(self):
        return max(word.y1 for word in self.words)

    @property
    def height(self):
        return statistics.median(word.height for word in self.words)

    def word_at(self, offset):
        """The word under a character offset of `text` (for a label found by a pattern)."""
        position = 0
        for segment in self.segments:
            for word in segment.words:
                if position + len(word.text) > offset:
                    return word
                position += len(word.text) + 1
            position += len(COLUMN_SEPARATOR) - 1
        return self.words[-1]

    def words_within(self, start, end):
        """The words covering the characters start..end of `text`."""
        found, position = [], 0
        for segment in self.segments:
            for word in segment.words:
                if position < end and start < position + len(word.text):
                    found.append(word)
                position += len(word.text) + 1
            position += len(COLUMN_SEPARATOR) - 1
        return found


def column_below(lines, index, anchor, *, right=float("inf")):
    """The segments under `anchor`, a segment of `lines[index]`, in its column, top down.

    Invoices set their blocks side by side (supplier left, invoice details right; bill-to
    left, ship-to right) and the two sides rarely share a baseline, so a line may hold a piece
    of either block, or of both. A segment belongs to the column when it starts within it
    (from a little left of the column to a little right of its widest line so far, and
    before `right`, where the neighbouring block starts) or is centred on it; lines with
    nothing in the column are passed over. The column ends at a blank gap, measured from its
    own last piece: the lines of the other block in between do not bridge it.
    """
    line = lines[index]
    left = anchor.x0 - 2 * anchor.height
    extent = [anchor.x0, anchor.x1]
    previous = anchor
    for below in lines[index + 1 :]:
        if below.page != line.page:
            return
        limit = _BLANK_GAP * max(previous.height, below.height)
        if below.y0 - previous.y1 > limit:
            return
        inside = [
            segment
            for segment in below.segments
            if segment.x0 < min(right, extent[1] + 2 * segment.height)
            # Set left, or centred on the column (a letterhead): a wider line starts further left.
            and (left <= segment.x0 or extent[0] <= (segment.x0 + segment.x1) / 2 <= extent[1])
        ]
        if not inside:
            continue
        segment = inside[0]
        if segment.y0 - previous.y1 > _BLANK_GAP * max(previous.height, segment.height):
            return
        yield segment
        extent = [min(extent[0], segment.x0), max(extent[1], segment.x1)]
        previous = segment


def page_number_in(text):
    """(page, page count) of a "Page 1 of 2" printed in `text`, or None."""
    for match in PAGE_NUMBER.finditer(text):
        page, count = int(match.group(1)), int(match.group(2))
        if 1 <= page <= count:
            return page, count
    return None


def mark_page_furniture(lines, page_heights):
    """Mark the lines that belong to the page, not to the invoice's content.

    Two kinds: a line with the page number and the page count ("… · Page 1 of 2"), and a
    line printed again with the same text at the same height on another page, in the top
    or bottom part of the page (a letterhead, the legal lines of a footer). `page_heights`
    maps each page number to its height, in the unit of its words.
    """
    if len(page_heights) > 1:
        seen = {}
        for line in lines:
            height = page_heights.get(line.page)
            if height and not _in_margin(line, height):
                continue
            for other in seen.get(line.text, ()):
                if other.page != line.page and abs(other.y0 - line.y0) <= line.height:
                    line.furniture = other.furniture = True
            seen.setdefault(line.text, []).append(line)
    for line in lines:
        if not line.furniture and page_number_in(line.text):
            line.furniture = True
    return lines


def _in_margin(line, page_height):
    return line.y1 <= page_height * _MARGIN_SHARE or line.y0 >= page_height * (1 - _MARGIN_SHARE)


def build_lines(page_number, raw_words):
    """Group the `[text, x0, y0, x1, y1, confidence]` words of one page into lines."""
    words = [
        Word(text, x0, y0, x1, y1, page_number, confidence)
        for text, x0, y0, x1, y1, confidence in raw_words
        if text.strip() and x1 > x0 and y1 > y0
    ]
    if not words:
        return []
    typical_height = statistics.median(word.height for word in words)
    slope = _skew(words, typical_height)

    def level(word):
        return (word.y0 + word.y1) / 2 - slope * (word.x0 + word.x1) / 2

    lines = []
    current, current_levels = [], []
    for word in sorted(words, key=level):
        if current and abs(level(word) - statistics.fmean(current_levels)) > typical_height / 2:
            lines.append(_line(page_number, current))
            current, current_levels = [], []
        current.append(word)
        current_levels.append(level(word))
    lines.append(_line(page_number, current))
    return lines


def _line(page_number, words):
    words = sorted(words, key=lambda word: word.x0)
    height = statistics.median(word.height for word in words)
    segments = [Segment([words[0]])]
    for previous, word in zip(words, words[1:], strict=False):
        if word.x0 - previous.x1 > _COLUMN_GAP * height:
            segments.append(Segment([word]))
        else:
            segments[-1].words.append(word)
    return Line(page_number, words, segments)


def _skew(words, typical_height):
    """Median slope between neighbouring words: a scan turned by 2-3 degrees still reads."""

    def centre_y(word):
        return (word.y0 + word.y1) / 2

    ordered = sorted(words, key=centre_y)
    slopes = []
    for index, word in enumerate(ordered):
        start = index
        while start > 0 and centre_y(word) - centre_y(ordered[start - 1]) < typical_height / 2:
            start -= 1
        neighbour = None
        for other in ordered[start:]:
            if centre_y(other) - centre_y(word) >= typical_height / 2:
                break
            gap = other.x0 - word.x1
            if 0 <= gap <= 2 * typical_height and (neighbour is None or other.x0 < neighbour.x0):
                neighbour = other
        if neighbour is not None:
            run = (neighbour.x0 + neighbour.x1 - word.x0 - word.x1) / 2
            slopes.append((centre_y(neighbour) - centre_y(word)) / run)
    if len(slopes) < 5:
        return 0.0
    return statistics.median(slopes)
