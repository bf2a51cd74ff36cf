"""Values a person corrected replace what was read, before the checks run again."""

import datetime

from .dates import DateReading

PARTY_FIELDS = {
    "bill_to_name": ("bill_to", "name"),
    "bill_to_address": ("bill_to", "address"),
    "bill_to_phone": ("bill_to", "phone"),
    "supplier_name": ("supplier", "name"),
    "supplier_address": ("supplier", "address"),
    "supplier_phone": ("supplier", "phone"),
    "supplier_website": ("supplier", "website"),
}


def apply_corrections(fields, corrections):
    """`corrections`: {invoice field name: corrected value} (the Invoice model's names)."""
    for name, value in corrections.items():
        if name == "invoice_number":
            fields.invoice_number = value or None
        elif name == "invoice_date":
            if isinstance(value, str):
                value = datetime.date.fromisoformat(value) if value else None
            old = fields.date
            fields.date = (
                DateReading(
                    text=old.text if old else value.isoformat(),
                    readings=(value,),
                    line=old.line if old else None,
                    labelled=True,
                )
                if value
                else None
            )
        elif name in PARTY_FIELDS:
            party, attribute = PARTY_FIELDS[name]
            setattr(getattr(fields, party), attribute, value or None)
    return fields
