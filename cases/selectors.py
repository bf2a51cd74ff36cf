"""Read-side helpers: what the pages show, gathered in a fixed number of queries."""

import re
from functools import cache

from django.db.models import F, JSONField
from django.db.models.expressions import RawSQL
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from . import health, readiness
from .formatting import Moments, per_language
from .models import RejectionReason, TargetType
from .ports import documents

# A prompt of the draft left in the letter: "[Describe your experience…]".
PLACEHOLDER = re.compile(r"\[[^\]\n]{2,160}\]")

BUSINESS_FIELDS = ["legal_name", "address_line1", "city", "postal_code", "country", "phone"]


# Enough history to see the last failing snapshot and the 30 days since.
HEALTH_HISTORY = 24


def latest_health(seller_account):
    snapshots = seller_account.health_snapshots.all()[:HEALTH_HISTORY]
    return health.assess_account(snapshots, timezone.localdate())


def case_facts(case):
    """The plain facts the readiness rules read (no request, no ORM inside the rules)."""
    account = case.seller_account
    request = getattr(case, "ungating", None)
    verdict = latest_health(account)
    purposes = documents().supporting_purposes(case)
    facts = readiness.CaseFacts(today=timezone.localdate())
    facts.business_missing = [
        str(account._meta.get_field(name).verbose_name)
        for name in BUSINESS_FIELDS
        if not getattr(account, name)
    ]
    facts.business_confirmed = case.business_confirmed_at is not None
    facts.health_has_data = verdict.has_data
    facts.health_failing = [str(v.metric.label) for v in verdict.failing]
    facts.health_problems = [str(problem) for problem in verdict.problems]
    facts.invoices = documents().invoice_facts(case)
    facts.previous_reasons = [
        (code, str(RejectionReason(code).label)) for code in case.previous_rejection_reasons
    ]
    facts.reapply_answers = case.reapply_answers or {}
    appeal = getattr(case, "appeal", None)
    if appeal is not None:
        from .appeals.readiness import appeal_facts

        appeal_facts(case, appeal, facts)
    if request is not None:
        facts.target_chosen = bool(request.marketplace) and (
            (request.target_type == TargetType.CATEGORY and request.category_id)
            or (request.target_type == TargetType.BRAND and request.brand.strip())
            or (request.target_type == TargetType.ASINS and request.asins)
        )
        facts.window_days = request.invoice_window_days
        facts.products = request.requested_products
        facts.min_units = request.required_units
        facts.return_policy = bool(request.return_policy.strip()) or "return_policy" in purposes
        facts.support_record = (
            request.support_response_hours is not None
            or bool(request.support_notes.strip())
            or "support_record" in purposes
        )
        facts.cover_letter_words = len(request.cover_letter.split())
        facts.cover_letter_placeholders = PLACEHOLDER.findall(request.cover_letter)
    return facts


def case_readiness(case):
    from .appeals.readiness import APPEAL_RULES

    rules = APPEAL_RULES if case.kind == "appeal" else readiness.GATING_RULES
    return readiness.evaluate(case_facts(case), rules)


# --- case lists (the desk) ------------------------------------------------------------------

# Each order is read straight off an index of cases/models/case.py (see its Meta).
SORTS = {
    "due": (_l("Due"), (F("answer_due_at").asc(nulls_last=True), "-pk")),
    "updated": (_l("Last activity"), ("-updated", "-pk")),
    "status": (_l("Status"), ("status", "-created", "-pk")),
    "seller": (_l("Seller account"), ("seller_account__legal_name", "-created", "-pk")),
    "created": (_l("Created"), ("-created", "-pk")),
}
PAGE_SIZES = [25, 50, 100]
DEFAULT_PAGE_SIZE = 50
READINESS = [
    ("", _l("All")),
    ("not_ready", _l("Not ready")),
    ("checking", _l("Checking")),
    ("ready_with_warnings", _l("Ready, with warnings")),
    ("ready", _l("Ready")),
]


def filtered_cases(membership, data):
    """The case list's rows for the cleaned filters, and their order (shared by the export).

    Every filter and order is served by an index led by the workspace (Case.Meta.indexes).
    """
    from .models import Case
    from .models.case import InConstants

    cases = Case.objects.visible_to(membership)
    if data.get("q"):
        cases = cases.search(data["q"])
    for name in ("status", "kind", "assignee", "seller_account"):
        if data.get(name):
            cases = cases.filter(**{name: data[name]})
    due = "overdue" if data.get("overdue") else data.get("due")
    if due == "overdue":
        cases = cases.overdue()
    elif due in ("48h", "7d"):
        cases = cases.due_within(48 if due == "48h" else 24 * 7)
    if data.get("readiness"):
        # Readiness is said of a case being prepared: once sent for review, the verdict
        # kept from then is history (the home page's "not ready" counts the same cases).
        cases = cases.filter(
            InConstants("status", Case.EDITABLE), readiness_verdict=data["readiness"]
        )
    order = SORTS[data["sort"]][1] if data.get("sort") else SORTS["created"][1]
    return cases.order_by(*order)


# A cell a spreadsheet would read as a formula (CSV injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


# The row's columns. What comes from another table is read by a small correlated subquery
# (run for the rows of the page only, after the sort and the limit), not by joins: planning
# a join of seven tables took PostgreSQL about 5 ms a request, more than running it, and
# where the rows are sorted (review queue, search) it hashed every ungating request and
# appeal of the database first. They are written in SQL because Django took 2 ms a request
# to compile them as Subquery()s; they refer only to the case table, which Django always
# names after itself.
ROW_FIELDS = (
    "pk",
    "attempt",
    "kind",
    "status",
    "readiness_verdict",
    "answer_due_at",
    "updated",
    "created",
    "row_related",
)
# What "row_related" holds, in this order.
RELATED = (
    "row_seller",
    "row_assignee",
    "row_target_type",
    "row_brand",
    "row_asins",
    "row_category",
    "row_category_parent",
    "row_scope",
)


@cache
def _row_columns():
    """The related values of a row as one JSON array of small subqueries: one annotation
    for Django to compile rather than eight (each one resolved, copied and hashed on every
    page), with the same plan."""
    from django.db import connection

    from .models import Appeal, Case, GatedCategory, SellerAccount, UngatingRequest, User

    case = Case._meta.db_table
    account, person = SellerAccount._meta.db_table, User._meta.db_table
    request, category = UngatingRequest._meta.db_table, GatedCategory._meta.db_table
    of_request = f"FROM {request} WHERE case_id = {case}.id"
    of_category = (
        f"FROM {request} r JOIN {category} c ON c.id = r.category_id "
        f"LEFT JOIN {category} p ON p.id = c.parent_id WHERE r.case_id = {case}.id"
    )
    postgres = connection.vendor == "postgresql"
    # SQLite keeps JSON as text: json() puts the list in the array, not a string of it.
    asins = "asins" if postgres else "json(asins)"
    # Only table names are put into these texts; nothing a user typed.
    shown = "COALESCE(NULLIF(full_name, ''), email)"
    sql = {
        "row_seller": f"SELECT legal_name FROM {account} WHERE id = {case}.seller_account_id",  # noqa: S608
        "row_assignee": f"SELECT {shown} FROM {person} WHERE id = {case}.assignee_id",  # noqa: S608
        "row_target_type": f"SELECT target_type {of_request}",
        "row_brand": f"SELECT brand {of_request}",
        "row_asins": f"SELECT {asins} {of_request}",
        "row_category": f"SELECT c.name {of_category}",
        "row_category_parent": f"SELECT p.name {of_category}",
        "row_scope": f"SELECT scope FROM {Appeal._meta.db_table} WHERE case_id = {case}.id",  # noqa: S608
    }
    array = "jsonb_build_array" if postgres else "json_array"
    text = f"{array}({', '.join(f'({sql[name]})' for name in RELATED)})"
    return {"row_related": RawSQL(text, (), output_field=JSONField())}  # noqa: S611


STATUS_BADGES = {
    "approved": "text-bg-success",
    "amazon_approved": "text-bg-success",
    "amazon_rejected": "text-bg-danger",
    "in_review": "text-bg-warning",
    "information_requested": "text-bg-warning",
    "changes_requested": "text-bg-warning",
    "submitted": "text-bg-primary",
}
VERDICT_BADGES = {
    "ready": "text-bg-success",
    "ready_with_warnings": "text-bg-warning",
    "checking": "text-bg-secondary",
}


@per_language
def _labels(language):
    """The words of the rows' fixed values in a language: each kind, status, verdict and
    appeal scope, and the target of an appeal whose notice is not read yet."""
    from .appeals.reasons import Scope
    from .models import CaseKind, Status

    with translation.override(language):
        return {
            "kinds": {key: str(label) for key, label in CaseKind.choices},
            "statuses": {key: str(label) for key, label in Status.choices},
            "verdicts": {key: str(label) for key, label in READINESS},
            "scopes": {key: str(label) for key, label in Scope.choices},
            "no_notice": str(_("(notice not read yet)")),
        }


def case_rows(cases, stream=False, extra=()):
    """The rows of a case queryset (sliced or not), read as values in one query.

    Each row is a dict (the templates read a dict's keys faster than an object's
    attributes): pk, attempt, kind, kind_label, target, status, status_label, status_badge,
    verdict, verdict_label, verdict_badge, due_at, overdue, seller, assignee, updated,
    created, and the `extra` annotations of the queryset under their names. `stream`
    reads through a server-side cursor in chunks (exports of any length); a page of the
    list is read at once, without the cursor's extra round trips.
    """
    from .models import Case, CaseKind
    from .models.case import ungating_target_label

    labels = _labels(translation.get_language())
    verdicts, kinds, statuses = labels["verdicts"], labels["kinds"], labels["statuses"]
    scopes, no_notice = labels["scopes"], labels["no_notice"]
    now = timezone.now()
    fields = ROW_FIELDS + tuple(extra)
    values_list = cases.annotate(**_row_columns()).values_list(*fields)
    for values in values_list.iterator(chunk_size=1000) if stream else values_list:
        row = dict(zip(fields, values, strict=True))
        row.update(zip(RELATED, row.pop("row_related"), strict=True))
        if row["kind"] == CaseKind.APPEAL:
            scope = row["row_scope"]
            target = scopes[scope] if scope else no_notice
        else:
            target = ungating_target_label(
                row["row_target_type"],
                row["row_category"],
                row["row_category_parent"],
                row["row_brand"],
                row["row_asins"] or [],
            )
        due, status, verdict = row["answer_due_at"], row["status"], row["readiness_verdict"]
        yield {
            "pk": row["pk"],
            "attempt": row["attempt"],
            "kind": row["kind"],
            "kind_label": kinds[row["kind"]],
            "target": target,
            "status": status,
            "status_label": statuses[status],
            "status_badge": STATUS_BADGES.get(status, "text-bg-secondary"),
            "verdict": verdict,
            "verdict_label": verdicts.get(verdict, verdicts["not_ready"]) if verdict else "",
            "verdict_badge": VERDICT_BADGES.get(verdict, "text-bg-danger"),
            "due_at": due,
            "overdue": bool(due and due < now and status not in Case.FINISHED),
            "seller": row["row_seller"],
            "assignee": row["row_assignee"] or "",
            "updated": row["updated"],
            "created": row["created"],
            **{name: row[name] for name in extra},
        }


def _readiness_while_prepared(row):
    """Readiness is said of a case being prepared, as the list's "not ready" filter and the
    home page's count say it: a case past that keeps its last verdict in the database, and
    the list and the export show none for it (the review queue shows its cases' own)."""
    from .models import Case

    if row["status"] not in Case.EDITABLE:
        row["verdict"] = row["verdict_label"] = ""
    return row


def list_rows(cases):
    """A page of the case list: the rows, with what each cell says in words.

    Said here rather than by a template tag per cell: fifty rows of {% blocktranslate %}
    and date filters cost more than the query. The messages are those the template used
    ({{ n }} written %(n)s), so they keep their translations; each is translated once a
    page, not once a row.
    """
    moments = Moments()
    select, attempt = _("Select case %(n)s"), _("attempt %(n)s")
    rows = [_readiness_while_prepared(row) for row in case_rows(cases)]
    for row in rows:
        row["select_label"] = select % {"n": row["pk"]}
        if row["attempt"] > 1:
            row["attempt_label"] = attempt % {"n": row["attempt"]}
        if due := row["due_at"]:
            row["due_text"] = moments.late(due) if row["overdue"] else moments.left(due)
            row["due_title"] = moments.exact(due)
        row["updated_text"] = moments.ago(row["updated"])
        row["updated_title"] = moments.exact(row["updated"])
    return rows


def csv_header():
    return [
        _("Case"),
        _("Seller account"),
        _("Kind"),
        _("Target"),
        _("Status"),
        _("Readiness"),
        _("Answer due"),
        _("Assignee"),
        _("Last activity"),
        _("Created"),
        _("Attempt"),
    ]


def csv_rows(cases):
    """One list of cells per case, neutralised for spreadsheets, read in chunks."""

    def when(moment):
        return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    for row in map(_readiness_while_prepared, case_rows(cases, stream=True)):
        yield [
            spreadsheet_safe(cell)
            for cell in (
                row["pk"],
                row["seller"],
                row["kind_label"],
                row["target"],
                row["status_label"],
                row["verdict_label"],
                when(row["due_at"]),
                row["assignee"],
                when(row["updated"]),
                when(row["created"]),
                row["attempt"],
            )
        ]
