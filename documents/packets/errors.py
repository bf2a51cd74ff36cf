"""What goes wrong with a packet, in words that name the document and say what to do."""

from django.utils.translation import gettext as _


class PacketError(Exception):
    pass


class PacketDocumentError(PacketError):
    """One document of the case cannot go into the packet."""


def undrawable(document, reason):
    if reason in ("timeout", "cpu_limit", "memory_limit", "too_many_pixels"):
        why = _("it is too large or too complex to draw within the limits")
    else:
        why = _("it could not be opened")
    return PacketDocumentError(
        _(
            "“%(name)s” cannot go into the packet: %(why)s. Replace it with the supplier's "
            "original PDF or a scan at 300 dpi (or remove it from the case), then render "
            "the packet again."
        )
        % {"name": document.original_name, "why": why}
    )
