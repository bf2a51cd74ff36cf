"""Lay out the packet with WeasyPrint, then put each original PDF page in its place.

WeasyPrint renders one document in which every page of an original PDF is a blank
placeholder page (so the table of contents and the "n / N" numbers count it); pypdf then
swaps each placeholder for the supplier's page itself, unchanged except for active
content (scripts, actions, embedded files), which is removed.
"""

import io
import time
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject
from weasyprint import HTML

from .content import gather
from .fetcher import STATIC_SCHEME, PacketFetcher

ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToR"}


@dataclass
class RenderedPacket:
    pdf: bytes
    page_count: int
    seconds: float
    context: dict
    images: dict


def _placeholders(document):
    """{rendered page index: anchor of the original page it stands for}."""
    found = {}
    for index, page in enumerate(document.pages):
        for anchor in page.anchors:
            if anchor.startswith("original-"):
                found[index] = anchor
    return found


def _outline(document):
    """[(title, page index, level)] from the HTML's bookmarks, in order."""
    flat = []

    def walk(nodes, level):
        for node in nodes:
            label, (page_index, _x, _y), children, _state = node
            flat.append((label, page_index, level))
            walk(children, level + 1)

    walk(document.make_bookmark_tree(), 0)
    return flat


def strip_active_content(page):
    """Remove scripts, actions and attachments from a supplier's page; keep its content."""
    for key in ("/AA",):
        if key in page:
            del page[NameObject(key)]
    annotations = page.get("/Annots")
    if annotations is None:
        return page
    kept = ArrayObject()
    for reference in annotations:
        annotation = reference.get_object()
        action = annotation.get("/A")
        action_type = action.get_object().get("/S") if action is not None else None
        if annotation.get("/Subtype") == "/FileAttachment" or "/AA" in annotation:
            continue
        if action_type in ACTIVE_ACTIONS:
            continue
        kept.append(reference)
    page[NameObject("/Annots")] = kept
    return page


def render_html(case, *, annotate=None, supplement=None):
    context, images = gather(case, annotate=annotate, supplement=supplement)
    template = "supplement.html" if supplement is not None else "packet.html"
    html = render_to_string(f"documents/packet/{template}", context)
    return html, images, context


def _title(case, account, supplement):
    values = {"name": account.legal_name, "case": case.pk, "n": case.attempt}
    if supplement is not None:
        return _("Supplementary packet: %(name)s, case %(case)s, attempt %(n)s") % values
    return _("Application packet: %(name)s, case %(case)s, attempt %(n)s") % values


def render(case, *, annotate=None, supplement=None):
    started = time.monotonic()
    html, images, context = render_html(case, annotate=annotate, supplement=supplement)
    fetcher = PacketFetcher(images)
    document = HTML(string=html, base_url=f"{STATIC_SCHEME}:/", url_fetcher=fetcher).render(
        presentational_hints=False
    )
    rendered = PdfReader(io.BytesIO(document.write_pdf()))
    originals = {
        attachment.anchor: PdfReader(io.BytesIO(attachment.data))
        for attachment in context["invoices"] + context["supporting"]
        if attachment.kind == "pdf"
    }
    writer = PdfWriter()
    placeholders = _placeholders(document)
    for index, page in enumerate(rendered.pages):
        anchor = placeholders.get(index)
        if anchor is None:
            if "/Annots" in page:
                del page[NameObject("/Annots")]  # internal links would point at the old file
            writer.add_page(page)
            continue
        source, page_number = anchor.removeprefix("original-").rsplit("-p", 1)
        writer.add_page(strip_active_content(originals[source].pages[int(page_number) - 1]))
    parents = {}
    for title, page_index, level in _outline(document):
        parents[level] = writer.add_outline_item(
            title=title, page_number=page_index, parent=parents.get(level - 1)
        )
    account = context["account"]
    writer.add_metadata(
        {
            "/Title": _title(case, account, supplement),
            "/Author": case.workspace.name,
            "/Producer": "Ungating desk (WeasyPrint, pypdf)",
        }
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return RenderedPacket(
        pdf=buffer.getvalue(),
        page_count=len(writer.pages),
        seconds=time.monotonic() - started,
        context=context,
        images=images,
    )
