"""Text as people paste it from Seller Central, an e-mail or a word processor.

Pasting brings HTML entities and tags, non-breaking spaces, soft hyphens, words cut at the
end of a line, "> " quote marks and sentences wrapped over several lines. Both engines
(notice and plan of action) clean the text here first, then cut it into sentences.
"""

import html
import re
import unicodedata

from . import lexicon

LINK = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']*)[\"'][^>]*>", re.IGNORECASE)
BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d|p|div|li|tr|h\d)\b[^>]*>", re.IGNORECASE)
ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
SPACES = str.maketrans({c: " " for c in "\u00a0\u202f\u2007\u2009\t\f\v"})
QUOTE_PREFIX = re.compile(r"^[ ]*(?:>[ ]?)+", re.MULTILINE)
# "deacti-\nvated": a word cut at the end of a line, the rest in the same case on the next.
CUT_WORD = re.compile(r"([a-zà-ÿ])-\n[ ]*(?=[a-zà-ÿ])|([A-ZÀ-Þ]{2})-\n[ ]*(?=[A-ZÀ-Þ]{2})")
BULLET = re.compile(r"^\s*(?:[-*•·▪◦–—]|\d{1,2}[.)]|[a-z][.)])\s+")
SENTENCE_END = re.compile(r"[.!?…]+[\"'”»)\]]*(?=\s)")
WORD = re.compile(r"\w+(?:['’-]\w+)*")
LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Longer than any abbreviation: how far back to look for one.
ABBREVIATION_REACH = 12
# A line of prose this long that stops without punctuation was wrapped by a mail program.
WRAPPED_LINE_MIN_WORDS = 6
# "Subject: ...", "ASIN: B0...", "Order Defect Rate: 2.1%": a label opens its own line.
LABEL_START = re.compile(r"^[^\W\d_][\w .'’/()-]{0,40}:(\s|$)")
# How much of each line is enough to see a name cut in two ("Late" / "Shipment Rate").
CUT_NAME_REACH = 40
ELISION = re.compile(r"\b(?:l|d|n|qu|j|s|c|m)'\w", re.IGNORECASE)


def clean(text):
    """The pasted text as plain lines, without markup, entities or invisible characters."""
    text = html.unescape(html.unescape(text or ""))  # "&amp;nbsp;" was escaped twice
    text = LINK.sub(r" \1 ", text)  # keep the address: product links carry ASINs
    text = BLOCK_TAG.sub("\n", text)
    text = ANY_TAG.sub("", text)
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE).translate(SPACES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = QUOTE_PREFIX.sub("", text)
    text = CUT_WORD.sub(lambda match: match.group(1) or match.group(2), text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def count_words(text):
    return len(WORD.findall(text or ""))


def detect_language(text):
    """ "fr" when French function words outnumber English ones, else "en"."""
    tokens = [lexicon.fold(token).lower() for token in LETTERS.findall(text or "")]
    english = sum(token in lexicon.words("STOPWORDS", "en") for token in tokens)
    french = sum(token in lexicon.words("STOPWORDS", "fr") for token in tokens)
    french += len(ELISION.findall(lexicon.fold(text or "")))
    return "fr" if french > english else "en"


def _last_word(line):
    words = LETTERS.findall(lexicon.fold(line).lower())
    return words[-1] if words else ""


def _cuts_a_name(previous, following):
    """Whether the break falls inside a metric or policy name: "Valid" / "Tracking Rate"."""
    joined = f"{previous[-CUT_NAME_REACH:]} {following[:CUT_NAME_REACH]}"
    boundary = min(len(previous), CUT_NAME_REACH)
    folded = lexicon.fold(joined)
    return any(
        match.start() < boundary < match.end()
        for pattern in lexicon.keyed("REASON_PATTERNS").values()
        for match in pattern.finditer(folded)
    )


def _is_wrapped_prose(previous, following):
    """A long line of prose stopping without punctuation goes on with the next line, unless
    that line opens something of its own (a label, a help link)."""
    words = [token.lower() for token in LETTERS.findall(lexicon.fold(previous))]
    prose = any(word in lexicon.words("STOPWORDS") for word in words)
    if len(words) < WRAPPED_LINE_MIN_WORDS or not prose or LABEL_START.match(previous):
        return False
    opens_its_own = LABEL_START.match(following) or lexicon.any_of("PASSING_CUES").match(
        lexicon.fold(following)
    )
    return not opens_its_own


def _line_break_ends_sentence(previous, following):
    """Whether a line break separates two sentences or only wraps one."""
    previous, following = previous.strip(), following.strip()
    if not previous or not following or BULLET.match(following):
        return True
    if previous[-1] in ".!?:;…":
        return True
    if following[0].isupper() or following[0].isdigit():
        # "not related to\nIntellectual property" is one sentence wrapped after "to"; a mail
        # program also wraps in the middle of a name ("your Valid\nTracking Rate").
        if _last_word(previous) in lexicon.words("CONTINUATION_WORDS"):
            return False
        return not (_cuts_a_name(previous, following) or _is_wrapped_prose(previous, following))
    return False


def _ends_with_abbreviation(text, end):
    """Whether the full stop just before `end` closes an abbreviation ("e.g.", "M.")."""
    before = lexicon.fold(text[max(0, end - ABBREVIATION_REACH) : end]).lower()
    before = before.rstrip(".!?…\"'”»)]")
    abbreviations = lexicon.words("ABBREVIATIONS")
    return any(
        before.endswith(abbreviation)
        and (len(before) == len(abbreviation) or not before[-len(abbreviation) - 1].isalnum())
        for abbreviation in abbreviations
    )


def _boundaries(text):
    cuts = set()
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines[:-1]):
        offset += len(line)
        if _line_break_ends_sentence(line, lines[index + 1]):
            cuts.add(offset)
        offset += 1
    for match in SENTENCE_END.finditer(text):
        rest = text[match.end() :].lstrip()
        starts_sentence = not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in '"“«(['
        if starts_sentence and not _ends_with_abbreviation(text, match.end()):
            cuts.add(match.end())
    return sorted(cuts)


def sentence_spans(text):
    """(start, end) of each sentence of `text`, leading bullets left out."""
    spans, start = [], 0
    for cut in [*_boundaries(text), len(text)]:
        segment = text[start:cut]
        stripped = segment.strip()
        if stripped:
            bullet = BULLET.match(stripped)
            lead = len(segment) - len(segment.lstrip()) + (bullet.end() if bullet else 0)
            trail = len(segment) - len(segment.rstrip())
            if cut - trail > start + lead:
                spans.append((start + lead, cut - trail))
        start = cut
    return spans


def split_sentences(text):
    """The sentences of `text`, each on one line."""
    return [" ".join(text[start:end].split()) for start, end in sentence_spans(text)]
