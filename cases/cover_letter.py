"""A first draft of the cover letter, built from the case, for the person to edit."""

from django.utils.translation import gettext as _

from .formatting import number, percent


def draft(case, suppliers=()):
    request = case.ungating
    account = case.seller_account
    suppliers = list(suppliers)
    supplier_names = ", ".join(s.name for s in suppliers) or _("[name your suppliers]")
    # Say that suppliers will confirm only when each agreed to, on a recorded date.
    confirmed = bool(suppliers) and all(s.confirmation_agreed_on for s in suppliers)
    support = ""
    if request.support_response_hours is not None:
        support = _("We answer customer messages in %(hours)s hours on average") % {
            "hours": number(request.support_response_hours)
        }
        if request.support_resolution_rate is not None:
            support += _(" and resolve %(rate)s of requests") % {
                "rate": percent(request.support_resolution_rate)
            }
        support += ". "
    paragraphs = [
        _("Dear Amazon Seller Performance team,"),
        _(
            "%(name)s requests approval to sell in %(target)s on %(marketplace)s. "
            "[Describe your experience in this category: how long, which products, volumes.]"
        )
        % {
            "name": account.legal_name,
            "target": request.target_label,
            "marketplace": request.get_marketplace_display() or _("[marketplace]"),
        },
        (
            _(
                "We buy directly from %(suppliers)s, authorized sources for the products we "
                "sell. The attached invoices show our recent, continuous purchases; our "
                "suppliers have agreed to confirm these sales if Amazon contacts them."
            )
            if confirmed
            else _(
                "We buy directly from %(suppliers)s, authorized sources for the products we "
                "sell. The attached invoices show our recent, continuous purchases."
            )
        )
        % {"suppliers": supplier_names},
        support
        + _(
            "Every unit is inspected on receipt, stored in its original packaging and sold as "
            "new only when sealed. [Add your quality controls.]"
        ),
        _("Thank you for reviewing our application."),
        account.legal_name,
    ]
    return "\n\n".join(p for p in paragraphs if p)
