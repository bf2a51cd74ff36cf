"""What changed between two packet versions: documents added or removed, letter text.

Read from what each version recorded when it was rendered (its submission manifest and its
letter), never from the case as it is now: a comparison shows what the reviewer read.
"""

import difflib
import io
import re
import zipfile
from dataclasses import dataclass, field

from .errors import PacketError

# Words and the spaces between them: the diff keeps spacing and line breaks as they were.
TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass
class Comparison:
    older: object
    newer: object
    added: list = field(default_factory=list)  # manifest entries
    removed: list = field(default_factory=list)
    kept: int = 0
    letter: list = field(default_factory=list)  # [(op, text)], op: "same", "added", "removed"

    @property
    def letter_changed(self):
        return any(op != "same" for op, _text in self.letter)

    @property
    def removed_were_sent_earlier(self):
        """A supplementary version holds only the new documents: the others are not removed,
        they went to Amazon with the earlier version."""
        return self.newer.supplementary and not self.older.supplementary


def letter_of(version):
    """The letter as rendered: stored on the version, or read from its submission set
    (versions rendered before the letter was stored)."""
    if version.letter or version.supplementary:
        return version.letter or version.answer
    if not version.submission_set:
        return ""
    from .service import verified_bytes

    try:
        data = verified_bytes(version.submission_set, version.submission_sha256)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("letter.txt").decode("utf-8")
    except (PacketError, KeyError, OSError, zipfile.BadZipFile, UnicodeDecodeError):
        return ""


def word_diff(old, new):
    """[(op, text)] turning `old` into `new` word by word; consecutive pieces merged."""
    a, b = TOKENS.findall(old or ""), TOKENS.findall(new or "")
    pieces = []

    def add(op, tokens):
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + text)
        else:
            pieces.append((op, text))

    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", a[i1:i2])
            continue
        add("removed", a[i1:i2])
        add("added", b[j1:j2])
    return pieces


def _key(entry):
    return entry.get("uploaded_sha256") or entry.get("sha256")


def compare(older, newer):
    """Compare two rendered versions of one case (older first)."""
    before = {_key(entry): entry for entry in older.submission_manifest or []}
    after = {_key(entry): entry for entry in newer.submission_manifest or []}
    return Comparison(
        older=older,
        newer=newer,
        added=[entry for key, entry in after.items() if key not in before],
        removed=[entry for key, entry in before.items() if key not in after],
        kept=len(before.keys() & after.keys()),
        letter=word_diff(letter_of(older), letter_of(newer)),
    )
