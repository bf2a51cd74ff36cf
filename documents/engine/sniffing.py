"""The type of an uploaded file, read from its first bytes (never from its name)."""

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
GIF = "image/gif"
TIFF = "image/tiff"
WEBP = "image/webp"

# Amazon's forms take PDF, JPEG, PNG and GIF; TIFF and WebP are accepted for checking and
# converted for submission (issue 9, Uploads).
ACCEPTED_TYPES = (PDF, JPEG, PNG, GIF, TIFF, WEBP)
AMAZON_TYPES = (PDF, JPEG, PNG, GIF)
IMAGE_TYPES = (JPEG, PNG, GIF, TIFF, WEBP)

# Acrobat accepts a header anywhere in the first 1024 bytes; so do we (catalog P06).
_PDF_HEADER_WINDOW = 1024


def sniff_content_type(head):
    """Return the accepted content type of a file starting with `head`, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if b"%PDF-" in head[:_PDF_HEADER_WINDOW]:
        return PDF
    return None


def describe_unaccepted(head):
    """A short name for a refused file, so the message can say what it looks like."""
    stripped = head.lstrip()[:256].lower()
    if not head:
        return "empty"
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<html" in stripped:
        return "html"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "heic"
    if head.startswith(b"PK\x03\x04"):
        return "zip"  # Word, Excel and OpenDocument files are zip archives
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "office"
    return "unknown"
