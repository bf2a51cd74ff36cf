"""Services that change documents and their links to cases."""

from django.db import transaction

from .models import CaseDocument


@transaction.atomic
def carry_over_documents(*, from_case, to_case):
    """A re-application keeps the documents of the attempt it follows (issue 3)."""
    for use in from_case.case_documents.select_related("document"):
        CaseDocument.objects.get_or_create(
            case=to_case,
            document=use.document,
            defaults={"purpose": use.purpose, "added_by": use.added_by},
        )
