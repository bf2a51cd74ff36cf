from django.contrib import admin

from .models import CaseDocument, CheckRun, Document, Invoice, PacketVersion, Supplier


class ReadOnly(admin.ModelAdmin):
    """Originals, results and packets are never edited by hand."""

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Document)
class DocumentAdmin(ReadOnly):
    list_display = ["original_name", "workspace", "content_type", "size", "page_count", "created"]
    list_filter = ["content_type", "workspace"]
    search_fields = ["original_name", "sha256"]
    list_select_related = ["workspace"]


@admin.register(Supplier)
class SupplierAdmin(admin.ModelAdmin):
    list_display = ["name", "workspace", "kind", "confirmation_agreed_on"]
    list_filter = ["kind", "workspace"]
    search_fields = ["name", "brands", "website"]
    list_select_related = ["workspace"]
    raw_id_fields = ["authorization_letter"]


@admin.register(CaseDocument)
class CaseDocumentAdmin(ReadOnly):
    list_display = ["document", "case", "purpose", "status", "verdict", "lost_attempts", "created"]
    list_filter = ["purpose", "status", "verdict"]
    search_fields = ["document__original_name"]
    list_select_related = ["document", "case"]


@admin.register(Invoice)
class InvoiceAdmin(ReadOnly):
    list_display = ["document", "invoice_number", "invoice_date", "supplier_name", "total_units"]
    search_fields = ["invoice_number", "supplier_name", "bill_to_name"]
    list_select_related = ["document"]


@admin.register(CheckRun)
class CheckRunAdmin(ReadOnly):
    list_display = ["case_document", "verdict", "created"]
    list_filter = ["verdict"]
    list_select_related = ["case_document__document"]


@admin.register(PacketVersion)
class PacketVersionAdmin(ReadOnly):
    list_display = ["case", "number", "status", "page_count", "size", "approved_at", "created"]
    list_filter = ["status"]
    list_select_related = ["case"]

    def has_delete_permission(self, request, obj=None):
        return obj is None or obj.approved_at is None
