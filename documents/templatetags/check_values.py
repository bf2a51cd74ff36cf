"""Shows a check's expected and found values as a person reads them, not as Python prints them."""

from django import template

register = template.Library()


def _plain(value):
    if value is None or value == "":
        return "–"
    if isinstance(value, dict):
        return "; ".join(
            f"{key}: {_plain(item)}"
            for key, item in value.items()
            if item not in (None, "", [], {})
        )
    if isinstance(value, list | tuple):
        return ", ".join(_plain(item) for item in value) or "–"
    return str(value)


@register.filter
def check_value(value):
    """Escaped by the template engine like any other text."""
    if value is None or value == "" or value == []:
        return ""
    return _plain(value)


@register.filter
def check_name(code):
    """The check's name in the reader's language (documents/check_names.py)."""
    from documents.check_names import check_name as name

    return name(code)


@register.filter
def status_name(status):
    from documents.check_names import STATUS_NAMES

    return STATUS_NAMES.get(status, status)


@register.filter
def check_message(result):
    """A stored result's message in the reader's language (documents/check_names.py)."""
    from documents.check_names import in_reader_language

    return in_reader_language(result).get("message", "")
