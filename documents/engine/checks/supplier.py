"""`supplier_details` and `supplier_type`: an authorized supplier Amazon can contact.

Amazon may phone or e-mail the supplier to confirm the sale, and rejects invoices from
resellers, marketplace purchases or unauthorized suppliers (domain.md).
"""

from django.utils.translation import gettext as _

from ..results import FAIL, PASS, SKIP, WARN, CheckResult

AUTHORIZED_TYPES = ("manufacturer", "distributor", "wholesaler", "retailer")
REFUSED_TYPES = ("reseller", "marketplace")


def check_supplier_details(invoice):
    supplier = invoice.fields.supplier
    found = supplier.as_dict(with_website=True)
    expected = _("name, address, and phone or website")
    missing = []
    if not supplier.name:
        missing.append(_("name"))
    if not supplier.address:
        missing.append(_("address"))
    if not supplier.phone and not supplier.website:
        missing.append(_("phone or website"))
    if not missing:
        message = _("Supplier details found: %(name)s, with %(contact)s.") % {
            "name": supplier.name,
            "contact": ", ".join(
                part
                for part in (supplier.address.replace("\n", ", "), supplier.phone, supplier.website)
                if part
            ),
        }
        return CheckResult("supplier_details", PASS, message, expected, found)
    message = _(
        "The invoice does not show the supplier's %(missing)s. Amazon contacts suppliers to "
        "confirm sales: the invoice must show their name, address, and a phone number or "
        "website."
    ) % {"missing": _(" and ").join(str(part) for part in missing)}
    return CheckResult("supplier_details", FAIL, message, expected, found)


def check_supplier_type(invoice):
    kind = invoice.reference.supplier_type
    expected = ", ".join(AUTHORIZED_TYPES)
    if kind is None:
        return CheckResult(
            "supplier_type",
            SKIP,
            _("The supplier's type is not known yet: record it on the supplier to check it."),
            expected,
        )
    if kind in AUTHORIZED_TYPES:
        message = _("The supplier is recorded as a %(kind)s, a source Amazon accepts.")
        return CheckResult("supplier_type", PASS, message % {"kind": kind}, expected, kind)
    if kind in REFUSED_TYPES:
        message = _(
            "The supplier is recorded as a %(kind)s: Amazon rejects invoices from resellers and "
            "marketplace purchases. Buy from the manufacturer, an authorized distributor or "
            "wholesaler, or an authorized retailer."
        )
        return CheckResult("supplier_type", FAIL, message % {"kind": kind}, expected, kind)
    message = _(
        "The supplier's type is unknown. Amazon accepts only manufacturers, authorized "
        "distributors and wholesalers, and authorized retailers: check the supplier, and keep "
        "a letter of authorization from the brand if you have one."
    )
    return CheckResult("supplier_type", WARN, message, expected, kind)
