"""Uploaded documents, suppliers, invoices and the results of their checks."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases.models import Case, Workspace


def random_storage_name(instance, filename):
    # Never the user's file name: a random key, the original kept as data.
    return f"documents/{instance.workspace_id}/{uuid.uuid4().hex}"


class Document(models.Model):
    """An uploaded file, kept byte for byte as it arrived: the product never alters it."""

    workspace = models.ForeignKey(Workspace, on_delete=models.PROTECT, related_name="documents")
    file = models.FileField(upload_to=random_storage_name, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=60)
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    page_count = models.PositiveIntegerField(_("pages"), default=1)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # A PNG of the first page that we drew ourselves: the only image shown inline.
    preview = models.FileField(upload_to=random_storage_name, max_length=200, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created"]

    def __str__(self):
        return self.original_name


class SupplierKind(models.TextChoices):
    MANUFACTURER = "manufacturer", _("Manufacturer")
    DISTRIBUTOR = "distributor", _("Authorized distributor")
    WHOLESALER = "wholesaler", _("Brand-authorized wholesaler")
    RETAILER = "retailer", _("Authorized retailer")
    RESELLER = "reseller", _("Reseller")
    MARKETPLACE = "marketplace", _("Marketplace")
    UNKNOWN = "unknown", _("Unknown")


# Invoices from resellers or marketplace purchases are rejected (docs/domain.md, Ungating).
UNAUTHORIZED_KINDS = {SupplierKind.RESELLER, SupplierKind.MARKETPLACE}


class Supplier(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.PROTECT, related_name="suppliers")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=SupplierKind.choices, default=SupplierKind.UNKNOWN
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.CharField(_("website"), max_length=200, blank=True)
    # ISO 3166-1 alpha-2: how the supplier writes dates (a US supplier, month first).
    country = models.CharField(_("country"), max_length=2, blank=True)
    brands = models.CharField(_("brands"), max_length=300, blank=True)
    authorization_letter = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("letter of authorization"),
    )
    # Amazon may phone or e-mail the supplier to confirm the sale (docs/domain.md): record
    # when the supplier agreed to confirm it.
    confirmation_agreed_on = models.DateField(
        _("agreed to confirm sales to Amazon on"), null=True, blank=True
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("supplier")
        verbose_name_plural = _("suppliers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_authorized(self):
        return self.kind not in UNAUTHORIZED_KINDS and self.kind != SupplierKind.UNKNOWN


class Purpose(models.TextChoices):
    INVOICE = "invoice", _("Invoice")
    RETURN_POLICY = "return_policy", _("Return policy")
    SUPPORT_RECORD = "support_record", _("Customer-support record")
    AUTHORIZATION = "authorization", _("Letter of authorization")
    TEST_REPORT = "test_report", _("Test report")
    OTHER = "other", _("Other evidence")


# What the upload of each wizard step offers.
INVOICE_PURPOSES = [Purpose.INVOICE]
SUPPORTING_PURPOSES = [
    Purpose.RETURN_POLICY,
    Purpose.SUPPORT_RECORD,
    Purpose.AUTHORIZATION,
    Purpose.TEST_REPORT,
    Purpose.OTHER,
]
EVIDENCE_PURPOSES = [Purpose.INVOICE, Purpose.AUTHORIZATION, Purpose.TEST_REPORT, Purpose.OTHER]


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    READING = "reading", _("Reading")
    CHECKING = "checking", _("Checking")
    RENDERING = "rendering", _("Rendering")
    DONE = "done", _("Done")
    ERROR = "error", _("Error")


class Job(models.Model):
    """The state of slow work done by a worker (documents/jobs.py claims and ends it).

    A worker holds a running job under a lease (`lease_owner` until `lease_expires_at`);
    `lost_attempts` counts the attempts whose worker died, not the messages delivered.
    """

    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    percent = models.PositiveSmallIntegerField(default=0)
    status_message = models.TextField(blank=True)
    lost_attempts = models.PositiveSmallIntegerField(default=0)
    lease_owner = models.CharField(max_length=120, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_active(self):
        """Queued or under way: pages keep polling its progress."""
        return self.status not in (JobStatus.DONE, JobStatus.ERROR)


class CaseDocument(Job):
    """A document attached to a case for a purpose; invoices are checked for that case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="case_documents")
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="uses")
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    # The Job fields are the check of this use of the document (its case sets the window,
    # ASINs, units).
    verdict = models.CharField(max_length=5, blank=True)  # pass / warn / fail
    # ASINs a person confirmed this document covers (appeals: evidence per ASIN).
    asins = models.JSONField(_("ASINs covered"), default=list, blank=True)
    # Forgery-level signals a reviewer accepted, with the reason: {check code: {reason, by,
    # at}}. The check's result is kept as it was; only readiness stops blocking on it.
    overrides = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("case document")
        verbose_name_plural = _("case documents")
        ordering = ["created", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["case", "document"], name="document_once_per_case")
        ]

    def __str__(self):
        return f"{self.case_id} · {self.document}"


class Invoice(models.Model):
    """The fields read from an invoice document; a person may correct any of them."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="invoice")
    supplier = models.ForeignKey(
        Supplier, on_delete=models.SET_NULL, null=True, blank=True, related_name="invoices"
    )
    invoice_number = models.CharField(_("invoice number"), max_length=80, blank=True)
    invoice_date = models.DateField(_("invoice date"), null=True, blank=True)
    invoice_date_text = models.CharField(_("date as printed"), max_length=80, blank=True)
    bill_to_name = models.CharField(_("bill-to name"), max_length=200, blank=True)
    bill_to_address = models.TextField(_("bill-to address"), blank=True)
    bill_to_phone = models.CharField(_("bill-to phone"), max_length=40, blank=True)
    supplier_name = models.CharField(_("supplier name"), max_length=200, blank=True)
    supplier_address = models.TextField(_("supplier address"), blank=True)
    supplier_phone = models.CharField(_("supplier phone"), max_length=40, blank=True)
    supplier_website = models.CharField(_("supplier website"), max_length=200, blank=True)
    lines = models.JSONField(_("line items"), default=list, blank=True)
    total_units = models.PositiveIntegerField(_("total units"), null=True, blank=True)
    text = models.TextField(blank=True)
    boxes = models.JSONField(default=list, blank=True)
    perceptual_hash = models.CharField(max_length=64, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Field name → the value read by the machine before a person corrected it.
    corrections = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")

    def __str__(self):
        return self.invoice_number or str(self.document)


class CheckRun(models.Model):
    """One result set of the checks of an invoice for a case.

    `input_key` identifies the inputs (document, corrections, case settings); the unique
    constraint makes a redelivered task leave one result set, not two.
    """

    case_document = models.ForeignKey(
        CaseDocument, on_delete=models.CASCADE, related_name="check_runs"
    )
    input_key = models.CharField(max_length=64)
    created = models.DateTimeField(auto_now_add=True)
    verdict = models.CharField(max_length=5)
    results = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case_document", "input_key"], name="one_result_set_per_input"
            )
        ]

    def __str__(self):
        return f"{self.case_document} · {self.verdict}"


def packet_storage_name(instance, filename):
    return f"packets/{instance.case.workspace_id}/{uuid.uuid4().hex}"


class PacketVersion(Job):
    """One rendering of a case's packet; immutable once rendered, earlier versions kept."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="packets")
    number = models.PositiveIntegerField(_("version"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("requested"), auto_now_add=True)
    rendered_at = models.DateTimeField(_("rendered"), null=True, blank=True)
    render_seconds = models.FloatField(null=True, blank=True)
    file = models.FileField(upload_to=packet_storage_name, max_length=200, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), default=0)
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    submission_set = models.FileField(upload_to=packet_storage_name, max_length=200, blank=True)
    submission_sha256 = models.CharField(max_length=64, blank=True)
    submission_manifest = models.JSONField(default=list, blank=True)
    # A supplementary version answers Amazon's request for information: the documents
    # added since the request and the answer (documents/packets/supplement.py).
    supplementary = models.BooleanField(_("supplementary"), default=False)
    answer = models.TextField(_("answer to Amazon"), blank=True)
    # The letter as rendered (cover letter, Plan of Action or answer), for comparisons.
    letter = models.TextField(blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("packet version")
        verbose_name_plural = _("packet versions")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["case", "number"], name="one_packet_number_per_case")
        ]

    def __str__(self):
        return f"{self.case_id} v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk and self.sha256:
            stored = PacketVersion.objects.filter(pk=self.pk).values_list("sha256", "file").first()
            if stored and stored[0] and (stored[0], stored[1]) != (self.sha256, self.file.name):
                raise ValueError("A rendered packet version is immutable")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.approved_at:
            raise ValueError("An approved packet version cannot be deleted")
        super().delete(*args, **kwargs)
