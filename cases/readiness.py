"""Readiness of an ungating case: one small rule per function, over plain facts.

Each rule returns findings (code, severity, message, step). The verdict is "ready" with no
finding above a tip, "ready with warnings" with warnings only, "not ready" with a blocker.
Rules come from docs/domain.md; the facts are gathered by `selectors.case_facts`.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext as _

BLOCKER, WARNING, TIP = "blocker", "warning", "tip"
READY, READY_WITH_WARNINGS, NOT_READY = "ready", "ready_with_warnings", "not_ready"
CHECKING = "checking"
PENDING = "invoice_checks_pending"
MAX_INVOICES = 3  # Amazon takes at most 3 invoices per ungating request (docs/domain.md, Ungating).


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    step: str
    # The case document the finding is about: its "Fix" link opens that document.
    document_id: int | None = None


@dataclass
class InvoiceFact:
    name: str
    invoice_date: date | None = None
    verdict: str = ""  # pass / warn / fail, "" while the checks run
    status: str = "done"
    supplier_name: str = ""
    supplier_kind: str | None = None
    supplier_confirmed_on: date | None = None
    # Forgery-level signals of its checks, not accepted by a reviewer: [(code, message)].
    signals: list = field(default_factory=list)
    # The case document (its page is where a person fixes it) and its failed checks' names.
    document_id: int | None = None
    failed_checks: list = field(default_factory=list)
    # The requested products (ASINs, or the brand) it shows or a person confirmed, and the
    # units of each counted on its lines ("" for a category request: every unit).
    covers: list = field(default_factory=list)
    units: dict = field(default_factory=dict)


@dataclass
class CaseFacts:
    today: date
    target_chosen: bool = False
    business_missing: list = field(default_factory=list)
    business_confirmed: bool = False
    health_has_data: bool = False
    health_failing: list = field(default_factory=list)  # metric labels, most urgent first
    # Figures too old, core figures missing, or not yet 30 days back on target (sentences).
    health_problems: list = field(default_factory=list)
    invoices: list = field(default_factory=list)
    window_days: int = 180
    # What the application asks for: the ASINs, or the brand ([] for a category), and the
    # units of each the invoices in the window must show together.
    products: list = field(default_factory=list)
    min_units: int = 0
    return_policy: bool = False
    support_record: bool = False
    cover_letter_words: int = 0
    cover_letter_placeholders: list = field(default_factory=list)  # "[...]" left in it
    previous_reasons: list = field(default_factory=list)  # [(code, label)]
    reapply_answers: dict = field(default_factory=dict)
    # Appeals
    reasons: list = field(default_factory=list)
    asins: list = field(default_factory=list)
    asin_evidence: dict = field(default_factory=dict)  # ASIN → names of invoices naming it
    poa_findings: list = field(default_factory=list)  # the POA linter's findings
    answer_due: date | None = None
    sales: list = field(default_factory=list)  # appeals.sales.SalesCoverage per ASIN
    chain_gaps: list = field(default_factory=list)  # [(invoice name, supplier name)]
    test_report: bool = False  # a test report is among the evidence


def target_chosen(f):
    if not f.target_chosen:
        yield Finding(
            "target_missing",
            BLOCKER,
            _("Say what is gated: a category, a brand or the ASINs, and the marketplace."),
            "target",
        )


def business_details(f):
    if f.business_missing:
        yield Finding(
            "business_incomplete",
            BLOCKER,
            _("The seller account's business details are incomplete (missing: %(fields)s).")
            % {"fields": ", ".join(f.business_missing)},
            "business",
        )
    elif not f.business_confirmed:
        yield Finding(
            "business_not_confirmed",
            BLOCKER,
            _(
                "Confirm that the business name, address and phone match Seller Central "
                "exactly: a mismatch alone gets the request rejected."
            ),
            "business",
        )


def account_health(f):
    if not f.health_has_data:
        yield Finding(
            "health_unknown",
            WARNING,
            _("No account-health figures: Amazon evaluates the whole account. Add a snapshot."),
            "health",
        )
    elif f.health_failing:
        yield Finding(
            "health_below_target",
            BLOCKER,
            _(
                "Account health is below Amazon's targets (%(metrics)s): improve for 30 to "
                "60 days before applying."
            )
            % {"metrics": ", ".join(f.health_failing)},
            "health",
        )
    elif f.health_problems:
        yield Finding("health_not_current", BLOCKER, " ".join(f.health_problems), "health")


def invoice_count(f):
    count = len(f.invoices)
    if count > MAX_INVOICES:
        yield Finding(
            "too_many_invoices",
            BLOCKER,
            _("%(count)s invoices: Amazon takes at most 3 per request. Keep the best 3.")
            % {"count": count},
            "invoices",
        )
    elif count == 0:
        yield Finding(
            "no_invoices",
            BLOCKER,
            _("Add 2 or 3 invoices from an authorized supplier, each under %(days)s days old.")
            % {"days": f.window_days},
            "invoices",
        )
    elif count == 1:
        yield Finding(
            "few_invoices",
            WARNING,
            _("Only one invoice: 2 or 3 showing continuous purchasing are recommended."),
            "invoices",
        )


def invoice_dates(f):
    for invoice in f.invoices:
        if invoice.invoice_date is None:
            if invoice.verdict:
                yield Finding(
                    "invoice_date_missing",
                    BLOCKER,
                    _("%(name)s: no invoice date was found. Correct it or use another invoice.")
                    % {"name": invoice.name},
                    "invoices",
                    document_id=invoice.document_id,
                )
            continue
        age = (f.today - invoice.invoice_date).days
        if age > f.window_days:
            yield Finding(
                "invoice_too_old",
                BLOCKER,
                _("%(name)s is %(age)s days old: this category takes invoices under %(days)s days.")
                % {"name": invoice.name, "age": age, "days": f.window_days},
                "invoices",
                document_id=invoice.document_id,
            )
        elif age < 0:
            yield Finding(
                "invoice_in_future",
                BLOCKER,
                _("%(name)s is dated in the future: check the date.") % {"name": invoice.name},
                "invoices",
                document_id=invoice.document_id,
            )


def forgery_signals(f):
    """Amazon treats an edited invoice as forged (docs/domain.md, Invoices): a sign of
    editing, or figures that do not add up, block until a reviewer accepts them."""
    for invoice in f.invoices:
        for _code, message in invoice.signals:
            yield Finding(
                "invoice_signal",
                BLOCKER,
                _(
                    "%(name)s: %(signal)s Upload the supplier's original file, or a reviewer "
                    "accepts it with a reason on the document page."
                )
                % {"name": invoice.name, "signal": message},
                "invoices",
                document_id=invoice.document_id,
            )


def invoice_checks(f):
    for invoice in f.invoices:
        if invoice.status == "error":
            yield Finding(
                "invoice_check_error",
                BLOCKER,
                _("%(name)s could not be checked: retry or upload it again.")
                % {"name": invoice.name},
                "invoices",
                document_id=invoice.document_id,
            )
        elif not invoice.verdict:
            # Nothing is ready while a check runs: the verdict says "Checking" instead.
            yield Finding(
                PENDING,
                BLOCKER,
                _("%(name)s is still being checked.") % {"name": invoice.name},
                "invoices",
                document_id=invoice.document_id,
            )
        elif invoice.verdict == "fail":
            yield Finding(
                "invoice_checks_failed",
                BLOCKER,
                _("%(name)s fails these checks: %(checks)s.")
                % {"name": invoice.name, "checks": ", ".join(map(str, invoice.failed_checks))}
                if invoice.failed_checks
                else _("%(name)s fails some checks: open it to see what to fix.")
                % {"name": invoice.name},
                "invoices",
                document_id=invoice.document_id,
            )
        elif invoice.verdict == "warn":
            yield Finding(
                "invoice_checks_warn",
                WARNING,
                _("%(name)s has warnings worth a look.") % {"name": invoice.name},
                "invoices",
                document_id=invoice.document_id,
            )


def products_covered(f):
    """The application as a whole (docs/domain.md, Invoices): every requested product on some
    invoice, and each product's units, over the invoices in the window, at least the minimum.
    """
    if any(not invoice.verdict and invoice.status != "error" for invoice in f.invoices):
        return  # while a check runs, the verdict says "Checking"
    checked = [invoice for invoice in f.invoices if invoice.verdict]
    if not checked:
        return  # no invoice: `invoice_count` says what to add
    in_window = [
        invoice
        for invoice in checked
        if invoice.invoice_date and 0 <= (f.today - invoice.invoice_date).days <= f.window_days
    ]
    for product in f.products:
        if not any(product in invoice.covers for invoice in checked):
            yield Finding(
                "product_not_covered",
                BLOCKER,
                _(
                    "%(product)s is on no invoice: add an invoice that lists it, or tick the "
                    "invoice that covers it in the products grid."
                )
                % {"product": product},
                "invoices",
            )
        else:
            yield from _units_of(f, product, in_window)
    if not f.products:
        yield from _units_of(f, "", in_window)


def _units_of(f, product, invoices):
    counted = [
        (invoice.name, Decimal(str(invoice.units[product])))
        for invoice in invoices
        if invoice.units.get(product) is not None
    ]
    if not counted:
        return  # nothing read: each invoice's own quantity check says so
    total = sum((units for _name, units in counted), Decimal(0))
    if total >= f.min_units:
        return
    figures = {
        "product": product,
        "units": total.normalize(),
        "minimum": f.min_units,
        "details": ", ".join(f"{name}: {units.normalize()}" for name, units in counted),
    }
    if product:
        message = _(
            "%(product)s: %(units)s units over the invoices in the window (%(details)s); this "
            "request needs at least %(minimum)s. Add an invoice with larger purchases."
        )
    else:
        message = _(
            "%(units)s units over the invoices in the window (%(details)s); this request needs "
            "at least %(minimum)s. Add an invoice with larger purchases."
        )
    yield Finding("units_short", BLOCKER, message % figures, "invoices")


def suppliers(f):
    for invoice in f.invoices:
        if invoice.supplier_kind in ("reseller", "marketplace"):
            yield Finding(
                "supplier_not_authorized",
                BLOCKER,
                _(
                    "%(name)s comes from %(supplier)s, a reseller or marketplace: Amazon "
                    "accepts only manufacturers, authorized distributors, wholesalers or retailers."
                )
                % {"name": invoice.name, "supplier": invoice.supplier_name or "?"},
                "invoices",
                document_id=invoice.document_id,
            )
        elif invoice.supplier_kind in (None, "", "unknown"):
            yield Finding(
                "supplier_unknown",
                WARNING,
                _("%(name)s: say who the supplier is and whether the brand authorizes them.")
                % {"name": invoice.name},
                "invoices",
                document_id=invoice.document_id,
            )
        elif invoice.supplier_confirmed_on is None:
            yield Finding(
                "supplier_not_told",
                WARNING,
                _(
                    "Tell %(supplier)s that Amazon may phone or e-mail them to confirm the "
                    "sale, and record the date they agreed."
                )
                % {"supplier": invoice.supplier_name},
                "invoices",
                document_id=invoice.document_id,
            )


def continuous_purchasing(f):
    dated = sorted(i.invoice_date for i in f.invoices if i.invoice_date)
    if len(dated) >= 2 and (dated[-1] - dated[0]).days < 28:
        yield Finding(
            "invoices_same_month",
            TIP,
            _(
                "The invoices fall within one month: invoices spread over several months show "
                "continuous purchasing."
            ),
            "invoices",
        )


def supporting_documents(f):
    if not f.return_policy:
        yield Finding(
            "return_policy_missing",
            WARNING,
            _("Add the return policy as shown on the storefront: it strengthens the request."),
            "supporting",
        )
    if not f.support_record:
        yield Finding(
            "support_record_missing",
            WARNING,
            _("Add the customer-support record (response time, resolution rate)."),
            "supporting",
        )


def cover_letter(f):
    low, high = settings.COVER_LETTER_WORDS
    if f.cover_letter_words == 0:
        yield Finding(
            "cover_letter_missing",
            WARNING,
            _("Write a short cover letter: experience in the category, suppliers, quality."),
            "cover_letter",
        )
    if f.cover_letter_placeholders:
        yield Finding(
            "cover_letter_placeholder",
            BLOCKER,
            _("The cover letter still holds “%(placeholder)s”: write your own words there.")
            % {"placeholder": f.cover_letter_placeholders[0]},
            "cover_letter",
        )
    if f.cover_letter_words == 0:
        return
    if not low <= f.cover_letter_words <= high:
        yield Finding(
            "cover_letter_length",
            WARNING,
            _("The cover letter has %(n)s words; keep it between %(low)s and %(high)s.")
            % {"n": f.cover_letter_words, "low": low, "high": high},
            "cover_letter",
        )


def reapplication(f):
    for code, label in f.previous_reasons:
        if not (f.reapply_answers.get(code) or "").strip():
            yield Finding(
                "rejection_reason_unanswered",
                BLOCKER,
                _("The last attempt was rejected for “%(reason)s”: say what changed since.")
                % {"reason": label},
                "review",
            )


def always(f):
    yield Finding(
        "watch_email",
        TIP,
        _("After submitting, read your e-mail daily: answer Amazon within 24 hours."),
        "review",
    )


GATING_RULES = [
    target_chosen,
    business_details,
    account_health,
    invoice_count,
    invoice_dates,
    invoice_checks,
    forgery_signals,
    products_covered,
    suppliers,
    continuous_purchasing,
    supporting_documents,
    cover_letter,
    reapplication,
    always,
]


@dataclass(frozen=True)
class Readiness:
    findings: list
    checks_done: int = 0
    checks_total: int = 0

    @property
    def blockers(self):
        return [f for f in self.findings if f.severity == BLOCKER]

    @property
    def warnings(self):
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def verdict(self):
        blockers = self.blockers
        if any(f.code != PENDING for f in blockers):
            return NOT_READY
        if blockers:
            return CHECKING
        return READY_WITH_WARNINGS if self.warnings else READY

    @property
    def label(self):
        if self.verdict == CHECKING:
            return _("Checking the invoices: %(done)s / %(total)s") % {
                "done": self.checks_done,
                "total": self.checks_total,
            }
        return {
            READY: _("Ready"),
            READY_WITH_WARNINGS: _("Ready, with warnings"),
            NOT_READY: _("Not ready"),
        }[self.verdict]


ORDER = {BLOCKER: 0, WARNING: 1, TIP: 2}


def evaluate(facts, rules=GATING_RULES):
    findings = [finding for rule in rules for finding in rule(facts)]
    done = sum(1 for invoice in facts.invoices if invoice.status in ("done", "error"))
    return Readiness(
        sorted(findings, key=lambda f: ORDER[f.severity]),
        checks_done=done,
        checks_total=len(facts.invoices),
    )
