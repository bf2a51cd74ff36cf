"""The submission set: what the seller uploads to Seller Central, as files.

The invoices and supporting documents as the original files, byte-identical to the
uploads, with their SHA-256 in a manifest; the cover letter as text and PDF; the annotated
copies in a folder of their own. Formats Amazon's forms refuse (TIFF, WebP) are converted
losslessly to PNG, and the manifest says so.
"""

import hashlib
import io
import json
import zipfile

from django.utils.translation import gettext as _
from PIL import Image
from weasyprint import HTML

from ..intake import AMAZON_TYPES, EXTENSIONS, clean_name


def readme(case, account):
    return _(
        "Submission set for case %(case)s (attempt %(attempt)s), %(account)s.\n\n"
        "originals/: upload these files to Seller Central as they are. They are "
        "byte-identical to what was uploaded (see manifest.json for each SHA-256). Amazon "
        "takes at most 3 invoices per ungating request.\n\n"
        "converted/: files converted losslessly to PNG because Amazon's forms take only PDF, "
        "JPEG, PNG and GIF. Upload these instead of the originals of the same name.\n\n"
        "annotated/: highlighted copies for your own review (and for an appeal where "
        "highlights are asked for). Never submit a highlighted copy as an invoice.\n\n"
        "letter.txt and letter.pdf: the cover letter or Plan of Action (in a supplementary "
        "set, the answer to Amazon's request, with only the documents added since).\n"
    ) % {"case": case.pk, "attempt": case.attempt, "account": account.legal_name}


def _sha(data):
    return hashlib.sha256(data).hexdigest()


def _unique(name, taken):
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 2
    while candidate in taken:
        candidate = f"{stem or name}-{n}{dot}{ext}" if dot else f"{name}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _to_png(data):
    with Image.open(io.BytesIO(data)) as image:
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return buffer.getvalue()


def _letter_pdf(text, title):
    from django.utils.html import escape

    html = (
        "<html><head><meta charset='utf-8'><style>@page{size:A4;margin:25mm}"
        "body{font:11pt/1.5 'DejaVu Sans',sans-serif;white-space:pre-wrap}</style></head>"
        f"<body><h1 style='font-size:14pt'>{escape(title)}</h1>{escape(text)}</body></html>"
    )
    return HTML(string=html, url_fetcher=_no_fetch).write_pdf()


def _no_fetch(url, *args, **kwargs):
    raise ValueError("The letter loads nothing")


def build(context, letter_text, annotated_pdf_pages=None):
    """(zip bytes, manifest list)."""
    buffer = io.BytesIO()
    manifest, taken = [], set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for group, attachments in (
            ("invoice", context["invoices"]),
            ("supporting", context["supporting"]),
        ):
            for attachment in attachments:
                document = attachment.document
                name = clean_name(document.original_name)
                extension = EXTENSIONS.get(document.content_type, "bin")
                if not name.lower().endswith("." + extension):
                    name = f"{name}.{extension}"
                path = _unique(f"originals/{group}-{attachment.index}-{name}", taken)
                archive.writestr(path, attachment.data)
                entry = {
                    "file": path,
                    "purpose": attachment.use.purpose,
                    "original_name": document.original_name,
                    "sha256": _sha(attachment.data),
                    "uploaded_sha256": document.sha256,
                    "content_type": document.content_type,
                }
                if document.content_type not in AMAZON_TYPES:
                    png = _to_png(attachment.data)
                    converted = _unique(f"converted/{group}-{attachment.index}-{name}.png", taken)
                    archive.writestr(converted, png)
                    entry["converted_to"] = {
                        "file": converted,
                        "sha256": _sha(png),
                        "note": _("converted losslessly to PNG"),
                    }
                manifest.append(entry)
        for name, data in (annotated_pdf_pages or {}).items():
            archive.writestr(_unique(f"annotated/{name}", taken), data)
        case = context["case"]
        if context.get("supplement") is not None:
            title = _("Answer to Amazon's request for information")
        else:
            title = _("Cover letter") if case.kind == "gating" else _("Plan of Action")
        archive.writestr("letter.txt", letter_text or "")
        archive.writestr("letter.pdf", _letter_pdf(letter_text or "", title))
        archive.writestr("README.txt", readme(case, context["account"]))
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    return buffer.getvalue(), manifest
