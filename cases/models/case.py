"""Cases (ungating requests and reinstatement appeals), their attempts and their history."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ..catalog import category_label
from .accounts import Marketplace, SellerAccount
from .tenancy import Role, Workspace


class GatedCategory(models.Model):
    """A category (or sub-category) Amazon gates; kept as data, editable in the admin."""

    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent category"),
    )
    # 180 days by default, 90 for some categories (docs/domain.md, Invoices).
    invoice_window_days = models.PositiveIntegerField(_("invoice window (days)"), default=180)
    # Common practice: 10 units or more; some brand gates ask for 100 (docs/domain.md).
    min_units = models.PositiveIntegerField(_("minimum units on the invoices"), default=10)
    notes = models.TextField(_("notes"), blank=True)
    active = models.BooleanField(_("offered"), default=True)

    class Meta:
        verbose_name = _("gated category")
        verbose_name_plural = _("gated categories")
        ordering = ["parent__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="unique_category_name")
        ]

    def __str__(self):
        return category_label(self.name, self.parent.name if self.parent_id else None)


class CaseKind(models.TextChoices):
    GATING = "gating", _("Ungating request")
    APPEAL = "appeal", _("Reinstatement appeal")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved for submission")
    SUBMITTED = "submitted", _("Submitted to Amazon")
    INFORMATION_REQUESTED = "information_requested", _("Information requested")
    AMAZON_APPROVED = "amazon_approved", _("Approved by Amazon")
    AMAZON_REJECTED = "amazon_rejected", _("Rejected by Amazon")
    CLOSED = "closed", _("Closed")


class RejectionReason(models.TextChoices):
    UNVERIFIED_SUPPLIER = "unverified_supplier", _("Unverified supplier invoices")
    BUSINESS_MISMATCH = "business_mismatch", _("Business details do not match")
    ACCOUNT_METRICS = "account_metrics", _("Poor account metrics")
    UNCLEAR_DOCUMENTS = "unclear_documents", _("Incomplete or blurry documents")
    INVOICES = "invoices", _("Too few or outdated invoices")
    VIOLATIONS = "violations", _("Earlier policy violations")
    OTHER = "other", _("Other")


FINISHED = (Status.AMAZON_APPROVED, Status.AMAZON_REJECTED, Status.CLOSED)
# Written as the open statuses (not "not finished"): PostgreSQL matches a query's IN list
# to the partial index below only in this positive form.
OPEN = tuple(status for status in Status if status not in FINISHED)
# Up to this many cases found by a search are passed to the list's query by number.
SEARCH_MATCHES_READ_FIRST = 2000


class InConstants(models.Expression):
    """`field IN ('a', 'b')` with the values written into the SQL, not bound.

    A prepared statement's generic plan sees bound values as unknown, so it cannot tell
    that a partial index on those values applies (case_ws_open_due): the home page's
    overdue list read every case with a due date instead, 4 ms instead of 0.5 at 100,000
    cases. For our own constants only: each must be a plain word. The field is compiled
    by Django, so it follows the query's table aliases (subqueries included)."""

    output_field = models.BooleanField()
    conditional = True

    def __init__(self, field, values):
        super().__init__()
        if not all(str(value).isidentifier() for value in values):
            raise ValueError(f"not plain words: {values!r}")
        self.column, self.values = F(field), tuple(str(value) for value in values)

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, exprs):
        (self.column,) = exprs

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.column)
        listed = ", ".join(f"'{value}'" for value in self.values)
        return f"{sql} IN ({listed})", params


class CaseQuerySet(models.QuerySet):
    def open(self):
        """Cases not finished, in the form the partial indexes on open cases match."""
        return self.filter(InConstants("status", OPEN))

    def visible_to(self, membership):
        """Cases of the seller accounts the membership may see (the one scoping rule).

        Filtered on the case's own workspace, so the lists' indexes on (workspace, ...)
        serve them; a seller's cases are those of the accounts granted.
        """
        if membership is None:
            return self.none()
        cases = self.filter(workspace_id=membership.workspace_id)
        if membership.role in (Role.REVIEWER, Role.CONSULTANT):
            return cases
        return cases.filter(seller_account__in=SellerAccount.objects.visible_to(membership))

    def overdue(self, now=None):
        return self.open().filter(answer_due_at__lt=now or timezone.now())

    def due_within(self, hours, now=None):
        """Open cases whose answer is due in the next `hours` (not yet overdue)."""
        now = now or timezone.now()
        return self.open().filter(
            answer_due_at__gte=now, answer_due_at__lt=now + timedelta(hours=hours)
        )

    def search(self, text):
        """By case number (#12 or 12), seller account, brand, category or ASIN.

        On PostgreSQL each term is matched on its own table through a pg_trgm index
        (migration 0009) and the case ids gathered in one UNION, so the cost follows the
        matches, not the number of cases; elsewhere, one plain LIKE over the joined rows.
        """
        text = text.strip().lstrip("#")
        if not text:
            return self
        if text.isdigit():
            return self.filter(pk=int(text))
        if connections[self.db].vendor != "postgresql":
            return self.filter(
                models.Q(seller_account__legal_name__icontains=text)
                | models.Q(seller_account__store_name__icontains=text)
                | models.Q(ungating__brand__icontains=text)
                | models.Q(ungating__category__name__icontains=text)
                | models.Q(ungating__asins__icontains=text)
                | models.Q(appeal__asins__icontains=text)
            )
        from .appeal import Appeal

        accounts = SellerAccount.objects.filter(
            models.Q(legal_name__icontains=text) | models.Q(store_name__icontains=text)
        )
        categories = GatedCategory.objects.filter(name__icontains=text)
        matches = Case.objects.filter(seller_account__in=accounts.values("pk")).order_by()
        matches = matches.values("pk")
        matches = matches.union(
            UngatingRequest.objects.filter(brand__icontains=text).values("case_id"),
            UngatingRequest.objects.filter(asins__icontains=text).values("case_id"),
            UngatingRequest.objects.filter(category__in=categories.values("pk")).values("case_id"),
            Appeal.objects.filter(asins__icontains=text).values("case_id"),
        )
        # The matches are read first when they are few: given the UNION as a subquery,
        # PostgreSQL cannot tell how many rows it yields and scans the workspace's cases
        # (30 ms at 50,000 cases); given the numbers, it reads just those rows.
        found = [row["pk"] for row in matches[: SEARCH_MATCHES_READ_FIRST + 1]]
        if len(found) <= SEARCH_MATCHES_READ_FIRST:
            return self.filter(pk__in=found)
        return self.filter(pk__in=matches)

    def for_list(self):
        return self.select_related(
            "seller_account", "assignee", "ungating__category__parent", "appeal"
        ).only(
            "pk",
            "kind",
            "status",
            "attempt",
            "created",
            "updated",
            "answer_due_at",
            "review_requested_at",
            "readiness_verdict",
            "seller_account__legal_name",
            "assignee__email",
            "assignee__full_name",
            "ungating__target_type",
            "ungating__brand",
            "ungating__asins",
            "ungating__category__name",
            "ungating__category__parent__name",
            "appeal__scope",
        )


class Case(models.Model):
    """One attempt at an ungating request or an appeal for one seller account."""

    FINISHED = FINISHED
    OPEN = OPEN
    EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED)

    workspace = models.ForeignKey(Workspace, on_delete=models.PROTECT, related_name="cases")
    seller_account = models.ForeignKey(
        SellerAccount, on_delete=models.PROTECT, related_name="cases"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=CaseKind.choices)
    status = models.CharField(
        _("status"), max_length=30, choices=Status.choices, default=Status.DRAFT
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("assignee"),
    )
    attempt = models.PositiveIntegerField(_("attempt"), default=1)
    previous_attempt = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_attempt",
        verbose_name=_("re-applies after"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted to Amazon"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided by Amazon"), null=True, blank=True)
    answer_due_at = models.DateTimeField(_("answer due"), null=True, blank=True)
    information_request = models.TextField(_("what Amazon asked"), blank=True)
    rejection_feedback = models.TextField(_("Amazon's feedback"), blank=True)
    rejection_reasons = models.JSONField(_("rejection reasons"), default=list, blank=True)
    # On a re-application: reason code → what changed since the rejection.
    reapply_answers = models.JSONField(_("what changed"), default=dict, blank=True)
    wizard_step = models.CharField(max_length=30, blank=True)
    review_requested_at = models.DateTimeField(_("sent for review"), null=True, blank=True)
    # The last verdict computed (the pages recompute it; lists read this copy).
    readiness_verdict = models.CharField(max_length=20, blank=True)
    business_confirmed_at = models.DateTimeField(
        _("business details confirmed"), null=True, blank=True
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-created", "-pk"]
        # One index per order and filter the lists offer, led by the workspace that scopes
        # every list (cases/scoping.py) and ending with the tie-breaker, so a page is read
        # straight off the index whatever the number of cases (bench/desk_vs_helpdesk.py).
        indexes = [
            models.Index(
                F("workspace"), F("created").desc(), F("id").desc(), name="case_ws_created"
            ),
            models.Index(
                F("workspace"), F("updated").desc(), F("id").desc(), name="case_ws_updated"
            ),
            # ORDER BY answer_due_at ASC NULLS LAST: PostgreSQL's default order for ASC.
            models.Index(F("workspace"), F("answer_due_at"), F("id").desc(), name="case_ws_due"),
            models.Index(
                F("workspace"), "status", F("created").desc(), F("id").desc(), name="case_ws_status"
            ),
            models.Index(
                F("workspace"),
                "assignee",
                F("created").desc(),
                F("id").desc(),
                name="case_ws_assignee",
            ),
            models.Index(
                F("workspace"),
                "readiness_verdict",
                F("created").desc(),
                F("id").desc(),
                name="case_ws_readiness",
            ),
            models.Index(
                F("seller_account"),
                F("created").desc(),
                F("id").desc(),
                name="case_account_created",
            ),
            # Open cases only: overdue and due-soon lists, and the home page's counts read
            # this index alone (its columns cover them).
            models.Index(
                fields=["workspace", "answer_due_at"],
                include=["status", "kind", "readiness_verdict", "id"],
                condition=models.Q(status__in=OPEN),
                name="case_ws_open_due",
            ),
            models.Index(
                fields=["workspace", "review_requested_at", "id"],
                condition=models.Q(status=Status.IN_REVIEW),
                name="case_ws_in_review",
            ),
        ]

    def __str__(self):
        return f"#{self.pk} {self.get_kind_display()} · {self.seller_account.legal_name}"

    def clean(self):
        if self.seller_account_id and self.workspace_id != self.seller_account.workspace_id:
            raise ValidationError(_("The seller account belongs to another workspace."))

    @property
    def is_overdue(self):
        return bool(
            self.answer_due_at
            and self.answer_due_at < timezone.now()
            and self.status not in self.FINISHED
        )

    @property
    def is_editable(self):
        return self.status in self.EDITABLE

    @property
    def rejection_labels(self):
        return [RejectionReason(code).label for code in self.rejection_reasons]

    @property
    def previous_rejection_reasons(self):
        return self.previous_attempt.rejection_reasons if self.previous_attempt_id else []


class TargetType(models.TextChoices):
    CATEGORY = "category", _("A category")
    BRAND = "brand", _("A brand")
    ASINS = "asins", _("Specific ASINs")


def ungating_target_label(target_type, category, parent, brand, asins):
    """What an ungating request asks for, in a few words (lists read it from plain values)."""
    if target_type == TargetType.CATEGORY and category:
        return category_label(category, parent)
    if target_type == TargetType.BRAND and brand:
        return brand
    if target_type == TargetType.ASINS and asins:
        extra = len(asins) - 3
        shown = ", ".join(asins[:3])
        return f"{shown} (+{extra})" if extra > 0 else shown
    return str(_("(target not chosen)"))


class UngatingRequest(models.Model):
    """What an ungating case asks for, and the supporting material it brings."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="ungating")
    target_type = models.CharField(
        _("what is gated"), max_length=10, choices=TargetType.choices, blank=True
    )
    category = models.ForeignKey(
        GatedCategory,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("category"),
    )
    brand = models.CharField(_("brand"), max_length=120, blank=True)
    asins = models.JSONField(_("ASINs"), default=list, blank=True)
    marketplace = models.CharField(
        _("marketplace"), max_length=20, choices=Marketplace.choices, blank=True
    )
    min_units = models.PositiveIntegerField(
        _("minimum units (as shown in the application panel)"), null=True, blank=True
    )
    cover_letter = models.TextField(_("cover letter"), blank=True)
    return_policy = models.TextField(_("return policy (as shown on the storefront)"), blank=True)
    support_response_hours = models.DecimalField(
        _("average response time to customers (hours)"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
    )
    support_resolution_rate = models.DecimalField(
        _("resolution rate (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    support_notes = models.TextField(_("customer-support record"), blank=True)
    # Appeals: highlighted copies are on by default; for ungating the case chooses.
    annotated_copies = models.BooleanField(_("add annotated copies of invoices"), default=False)

    class Meta:
        verbose_name = _("ungating request")
        verbose_name_plural = _("ungating requests")

    def __str__(self):
        return self.target_label

    @property
    def target_label(self):
        category = self.category if self.category_id else None
        return ungating_target_label(
            self.target_type,
            category.name if category else None,
            category.parent.name if category and category.parent_id else None,
            self.brand,
            self.asins,
        )

    @property
    def invoice_window_days(self):
        return self.category.invoice_window_days if self.category_id else 180

    @property
    def requested_products(self):
        """What each invoice is checked for and the application must cover: the ASINs and
        the brand (none for a category: every unit counts)."""
        return [*self.asins, *([self.brand] if self.brand else [])]

    @property
    def required_units(self):
        if self.min_units:
            return self.min_units
        return self.category.min_units if self.category_id else 10


class EventKind(models.TextChoices):
    CREATED = "created", _("Created")
    TRANSITION = "transition", _("Status changed")
    ASSIGNMENT = "assignment", _("Assignment")
    COMMENT = "comment", _("Comment")
    EDIT = "edit", _("Edit")


class CaseEvent(models.Model):
    """One immutable line of a case's history: who, when, from, to, note."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    action = models.CharField(max_length=40, blank=True)
    from_value = models.CharField(_("from"), max_length=200, blank=True)
    to_value = models.CharField(_("to"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)
    # A note the product wrote (a document added, a packet rendered), in every language
    # offered, so each reader sees it in theirs: {code: text}. Empty for people's notes.
    translations = models.JSONField(default=dict, blank=True)
    # Internal notes stay within the agency; shared ones the seller sees too.
    shared = models.BooleanField(_("shared with the seller"), default=True)

    class Meta:
        verbose_name = _("history entry")
        verbose_name_plural = _("history")
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.case_id} {self.kind} {self.created:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("History entries are immutable")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("History entries are immutable")

    @property
    def text(self):
        """The note in the reader's language when the product wrote it, else as written."""
        return self.translations.get(get_language()) or self.note

    @staticmethod
    def _status_label(value):
        return Status(value).label if value in Status.values else value

    @property
    def from_label(self):
        return self._status_label(self.from_value)

    @property
    def to_label(self):
        return self._status_label(self.to_value)

    @classmethod
    def visible_for(cls, membership):
        """Sellers see shared entries only."""
        if membership is not None and membership.role == Role.SELLER:
            return cls.objects.filter(shared=True)
        return cls.objects.all()
